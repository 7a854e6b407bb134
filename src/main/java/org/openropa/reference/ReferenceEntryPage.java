package org.openropa.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ReferenceEntryPage", requiredProperties = {"items", "totalSize"})
public record ReferenceEntryPage(List<ReferenceEntry> items, String nextPageToken, long totalSize) {
}
