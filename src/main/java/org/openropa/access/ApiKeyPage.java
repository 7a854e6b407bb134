package org.openropa.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApiKeyPage", requiredProperties = {"items", "totalSize"})
public record ApiKeyPage(List<ApiKeyResponse> items, String nextPageToken, long totalSize) {
}
