package org.openropa.retention;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the RetentionRule list, declared once; they combine with AND. */
public record RetentionRuleSearch(
        @Parameter(description = "DRAFT, ACTIVE, SUPERSEDED or RETIRED") @QueryParam("status") String status,
        @Parameter(description = "Only rules counted from this trigger event") @QueryParam("triggerEvent") String triggerEvent,
        @Parameter(description = "Only rules with this disposal action") @QueryParam("disposalAction") String disposalAction,
        @Parameter(description = "Text in the reference, record series, description, function or citation") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, recordSeries, createdAt, updatedAt, nextReviewDate") @QueryParam("sort") String sort) {
}
