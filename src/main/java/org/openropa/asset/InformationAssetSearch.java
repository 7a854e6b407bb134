package org.openropa.asset;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.openropa.common.query.QueryParams;

/** The filters of the InformationAsset list, declared once; they combine with AND. */
public record InformationAssetSearch(
        @Parameter(description = "PLANNED, ACTIVE or RETIRED", schema = @Schema(implementation = AssetStatus.class)) @QueryParam("status") String status,
        @Parameter(description = "Only assets of this type", schema = @Schema(implementation = AssetType.class)) @QueryParam("assetType") String assetType,
        @Parameter(description = "Only assets hosted in this country (ISO 3166-1 alpha-2)", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$", maxLength = 2)) @QueryParam("hostingCountry") String hostingCountry,
        @Parameter(description = "OFFICIAL, SECRET or TOP_SECRET", schema = @Schema(implementation = org.openropa.reference.SecurityClassification.class)) @QueryParam("securityClassification") String securityClassification,
        @Parameter(description = "NONE or OFFICIAL_SENSITIVE", schema = @Schema(implementation = org.openropa.reference.HandlingMarking.class)) @QueryParam("handlingMarking") String handlingMarking,
        @Parameter(description = "CRITICAL, HIGH, MEDIUM or LOW", schema = @Schema(implementation = BusinessCriticality.class)) @QueryParam("businessCriticality") String businessCriticality,
        @Parameter(description = "Only assets of this business function (its reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("businessFunction") String businessFunction,
        @Parameter(description = "true: only assets holding personal data", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("containsPersonalData") String containsPersonalData,
        @Parameter(description = "true: only assets holding special category data", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("containsSpecialCategoryData") String containsSpecialCategoryData,
        @Parameter(description = "Only assets following this retention rule (id or reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("retentionRule") String retentionRule,
        @Parameter(description = "Only assets protected by this security measure (id or reference)", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_KEY)) @QueryParam("securityMeasure") String securityMeasure,
        @Parameter(description = "Only assets due for review before this date (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) @QueryParam("reviewDueBefore") String reviewDueBefore,
        @Parameter(description = "Text in the reference, name, description or location", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, name, assetType, createdAt, updatedAt, nextReviewDate", schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("sort") String sort) {
}
