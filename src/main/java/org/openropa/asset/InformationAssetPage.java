package org.openropa.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "InformationAssetPage", requiredProperties = {"items", "totalSize"})
public record InformationAssetPage(List<InformationAssetResponse> items, String nextPageToken, long totalSize) {
}
