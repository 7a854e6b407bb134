package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProcessingActivityPage", requiredProperties = {"items", "totalSize"})
public record ProcessingActivityPage(List<ProcessingActivityResponse> items, String nextPageToken, long totalSize) {
}
