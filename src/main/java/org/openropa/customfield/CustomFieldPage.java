package org.openropa.customfield;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CustomFieldPage", requiredProperties = {"items", "totalSize"})
public record CustomFieldPage(List<CustomFieldResponse> items, String nextPageToken, long totalSize) {
}
