package org.openropa.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The documented shape of a page of organisations (served as {@link org.openropa.common.paging.Page}). */
@Schema(name = "OrganisationPage", requiredProperties = {"items", "totalSize"})
public record OrganisationPage(List<OrganisationResponse> items, String nextPageToken, long totalSize) {
}
