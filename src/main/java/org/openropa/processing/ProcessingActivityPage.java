package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProcessingActivityPage")
public record ProcessingActivityPage(List<ProcessingActivityResponse> items, String nextPageToken, long totalSize) {
}
