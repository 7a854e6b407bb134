package org.openropa.retention;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the RetentionRule list, declared once; they combine with AND. */
public record RetentionRuleSearch(
        @Parameter(description = "DRAFT, ACTIVE, SUPERSEDED or RETIRED", schema = @Schema(implementation = RetentionRuleStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "Only rules counted from this trigger event", schema = @Schema(implementation = org.openropa.reference.RetentionTrigger.class)) @QueryParam("triggerEvent") String triggerEvent,
        @Parameter(description = "Only rules with this disposal action", schema = @Schema(implementation = org.openropa.reference.DisposalAction.class)) @QueryParam("disposalAction") String disposalAction,
        @Parameter(description = "Text in the reference, record series, description, function or citation", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, recordSeries, createdAt, updatedAt, nextReviewDate", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
