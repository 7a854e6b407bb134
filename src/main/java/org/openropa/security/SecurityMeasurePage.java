package org.openropa.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SecurityMeasurePage", requiredProperties = {"items", "totalSize"})
public record SecurityMeasurePage(List<SecurityMeasureResponse> items, String nextPageToken, long totalSize) {
}
