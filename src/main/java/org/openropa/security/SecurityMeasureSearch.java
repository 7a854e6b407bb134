package org.openropa.security;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the SecurityMeasure list, declared once; they combine with AND. */
public record SecurityMeasureSearch(
        @Parameter(description = "PLANNED, ACTIVE or RETIRED", schema = @Schema(implementation = MeasureStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "TECHNICAL, ORGANISATIONAL or PHYSICAL", schema = @Schema(implementation = MeasureKind.class)) @QueryParam("kind") String kind,
        @Parameter(description = "PUBLIC or INTERNAL", schema = @Schema(implementation = Visibility.class)) @QueryParam("visibility") String visibility,
        @Parameter(description = "Only measures serving this Article 32(1) point: A, B, C or D", schema = @Schema(implementation = Article32Point.class)) @QueryParam("article32Point") String article32Point,
        @Parameter(description = "Text in the reference, name or description", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, kind, createdAt, updatedAt, nextReviewDate", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
