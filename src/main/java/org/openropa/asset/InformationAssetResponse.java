package org.openropa.asset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;
import org.openropa.common.Contact;
import org.openropa.register.EntryLink;
import org.openropa.reference.Adequacy;
import org.openropa.reference.HandlingMarking;
import org.openropa.reference.SecurityClassification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "InformationAsset", requiredProperties = {"id", "reference", "name", "assetType", "securityClassification", "handlingMarking", "vitalRecord", "containsPersonalData", "containsSpecialCategoryData", "containsCriminalOffenceData", "containsChildrensData", "accessControls", "securityMeasures", "processingActivities", "status", "customFields", "createdAt", "updatedAt"})
public record InformationAssetResponse(
        UUID id,
        String reference,
        String name,
        String description,
        AssetType assetType,
        AssetFormat format,
        String businessFunction,
        Contact owner,
        Contact administrator,
        Supplier supplier,
        HostingModel hostingModel,
        String location,
        String hostingCountry,
        @Schema(description = "UK adequacy of the hosting country, from reference data") Adequacy hostingCountryAdequacy,
        SecurityClassification securityClassification,
        HandlingMarking handlingMarking,
        BusinessCriticality businessCriticality,
        boolean vitalRecord,
        boolean containsPersonalData,
        boolean containsSpecialCategoryData,
        boolean containsCriminalOffenceData,
        boolean containsChildrensData,
        VolumeBand volumeBand,
        Backup backup,
        List<AccessControl> accessControls,
        EntryLink retentionRule,
        List<EntryLink> securityMeasures,
        @Schema(description = "Processing activities that use this asset (read-only; set on the activity)") List<EntryLink> processingActivities,
        AssetStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        Map<String, Object> customFields,
        Instant createdAt,
        Instant updatedAt) implements RegisterResponse {
}
