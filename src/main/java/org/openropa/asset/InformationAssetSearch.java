package org.openropa.asset;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the InformationAsset list, declared once; they combine with AND. */
public record InformationAssetSearch(
        @Parameter(description = "PLANNED, ACTIVE or RETIRED") @QueryParam("status") String status,
        @Parameter(description = "Only assets of this type") @QueryParam("assetType") String assetType,
        @Parameter(description = "Only assets hosted in this country (ISO 3166-1 alpha-2)") @QueryParam("hostingCountry") String hostingCountry,
        @Parameter(description = "OFFICIAL, SECRET or TOP_SECRET") @QueryParam("securityClassification") String securityClassification,
        @Parameter(description = "NONE or OFFICIAL_SENSITIVE") @QueryParam("handlingMarking") String handlingMarking,
        @Parameter(description = "CRITICAL, HIGH, MEDIUM or LOW") @QueryParam("businessCriticality") String businessCriticality,
        @Parameter(description = "Only assets of this business function (its reference)") @QueryParam("businessFunction") String businessFunction,
        @Parameter(description = "true: only assets holding personal data") @QueryParam("containsPersonalData") String containsPersonalData,
        @Parameter(description = "true: only assets holding special category data") @QueryParam("containsSpecialCategoryData") String containsSpecialCategoryData,
        @Parameter(description = "Only assets following this retention rule (id or reference)") @QueryParam("retentionRule") String retentionRule,
        @Parameter(description = "Only assets protected by this security measure (id or reference)") @QueryParam("securityMeasure") String securityMeasure,
        @Parameter(description = "Only assets due for review before this date (YYYY-MM-DD)") @QueryParam("reviewDueBefore") String reviewDueBefore,
        @Parameter(description = "Text in the reference, name, description or location") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, assetType, createdAt, updatedAt, nextReviewDate") @QueryParam("sort") String sort) {
}
