package org.openropa.organisation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the organisation list, declared once. */
public record OrganisationSearch(
        @Parameter(description = "Only organisations of this type") @QueryParam("type") String type,
        @Parameter(description = "Text in the name or id (case-insensitive)") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, comma-separated, '-' for descending: id, name, type, createdAt, updatedAt")
        @QueryParam("sort") String sort) {
}
