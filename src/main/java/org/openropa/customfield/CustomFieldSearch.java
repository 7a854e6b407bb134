package org.openropa.customfield;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the CustomField list, declared once; they combine with AND. */
public record CustomFieldSearch(
        @Parameter(description = "Only fields for this register: INFORMATION_ASSET or PROCESSING_ACTIVITY", schema = @Schema(implementation = CustomFieldTarget.class)) @QueryParam("appliesTo") String appliesTo,
        @Parameter(description = "TEXT, NUMBER, DATE, BOOLEAN or ENUM", schema = @Schema(implementation = CustomFieldType.class)) @QueryParam("type") String type,
        @Parameter(description = "Text in the key, label or description", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, label, type, createdAt, updatedAt", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
