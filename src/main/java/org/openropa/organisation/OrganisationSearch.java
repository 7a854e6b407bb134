package org.openropa.organisation;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the organisation list, declared once. */
public record OrganisationSearch(
        @Parameter(description = "Only organisations of this type", schema = @Schema(implementation = OrganisationType.class)) @QueryParam("type") String type,
        @Parameter(description = "Text in the name or id (case-insensitive)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, comma-separated, '-' for descending: id, name, type, createdAt, updatedAt", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
