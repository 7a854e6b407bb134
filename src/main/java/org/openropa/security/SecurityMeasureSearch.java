package org.openropa.security;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the SecurityMeasure list, declared once; they combine with AND. */
public record SecurityMeasureSearch(
        @Parameter(description = "PLANNED, ACTIVE or RETIRED") @QueryParam("status") String status,
        @Parameter(description = "TECHNICAL, ORGANISATIONAL or PHYSICAL") @QueryParam("kind") String kind,
        @Parameter(description = "PUBLIC or INTERNAL") @QueryParam("visibility") String visibility,
        @Parameter(description = "Only measures serving this Article 32(1) point: A, B, C or D") @QueryParam("article32Point") String article32Point,
        @Parameter(description = "Text in the reference, name or description") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, kind, createdAt, updatedAt, nextReviewDate") @QueryParam("sort") String sort) {
}
