package org.openropa.processing;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the Record of Processing Activities list, declared once; they combine with AND. */
public record ProcessingActivitySearch(
        @Parameter(description = "DRAFT, ACTIVE or RETIRED", schema = @Schema(implementation = ActivityStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "CONTROLLER or PROCESSOR", schema = @Schema(implementation = RecordType.class)) @QueryParam("recordType") String recordType,
        @Parameter(description = "Only activities of this business function (its reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("businessFunction") String businessFunction,
        @Parameter(description = "Only activities with a purpose on this Article 6 lawful basis", schema = @Schema(implementation = org.openropa.reference.LawfulBasis.class)) @QueryParam("lawfulBasis") String lawfulBasis,
        @Parameter(description = "true: only activities processing special category data; false: only those that do not", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("specialCategory") String specialCategory,
        @Parameter(description = "Only activities transferring data to this country (code from /v1/reference/countries)", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$", maxLength = 2)) @QueryParam("transferCountry") String transferCountry,
        @Parameter(description = "Only activities using this information asset (id or reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("informationAsset") String informationAsset,
        @Parameter(description = "Only activities following this retention rule (id or reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("retentionRule") String retentionRule,
        @Parameter(description = "Only activities linked to this security measure (id or reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("securityMeasure") String securityMeasure,
        @Parameter(description = "Only activities due for review before this date (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) @QueryParam("reviewDueBefore") String reviewDueBefore,
        @Parameter(description = "Only activities changed at or after this time (ISO 8601, e.g. 2026-11-22T10:15:30Z, or a date)", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) @QueryParam("updatedSince") String updatedSince,
        @Parameter(description = "Text in the name, description or purposes", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, status, recordType, businessFunction, createdAt, updatedAt, nextReviewDate", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
