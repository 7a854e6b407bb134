package org.openropa.register;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RevisionPage", requiredProperties = {"items", "totalSize"})
public record RevisionPage(List<Revision> items, String nextPageToken, long totalSize) {
}
