package org.openropa.processing;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the Record of Processing Activities list, declared once; they combine with AND. */
public record ProcessingActivitySearch(
        @Parameter(description = "DRAFT, ACTIVE or RETIRED") @QueryParam("status") String status,
        @Parameter(description = "CONTROLLER or PROCESSOR") @QueryParam("recordType") String recordType,
        @Parameter(description = "Only activities of this business function (its reference)") @QueryParam("businessFunction") String businessFunction,
        @Parameter(description = "Only activities with a purpose on this Article 6 lawful basis") @QueryParam("lawfulBasis") String lawfulBasis,
        @Parameter(description = "true: only activities processing special category data; false: only those that do not") @QueryParam("specialCategory") String specialCategory,
        @Parameter(description = "Only activities transferring data to this country (code from /v1/reference/countries)") @QueryParam("transferCountry") String transferCountry,
        @Parameter(description = "Only activities using this information asset (id or reference)") @QueryParam("informationAsset") String informationAsset,
        @Parameter(description = "Only activities following this retention rule (id or reference)") @QueryParam("retentionRule") String retentionRule,
        @Parameter(description = "Only activities linked to this security measure (id or reference)") @QueryParam("securityMeasure") String securityMeasure,
        @Parameter(description = "Only activities due for review before this date (YYYY-MM-DD)") @QueryParam("reviewDueBefore") String reviewDueBefore,
        @Parameter(description = "Only activities changed at or after this time (ISO 8601, e.g. 2026-11-22T10:15:30Z, or a date)") @QueryParam("updatedSince") String updatedSince,
        @Parameter(description = "Text in the name, description or purposes") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, status, recordType, businessFunction, createdAt, updatedAt, nextReviewDate")
        @QueryParam("sort") String sort) {
}
