package org.openropa.asset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.Contact;
import org.openropa.register.LinkRef;
import org.openropa.register.RegisterRequest;
import org.openropa.reference.HandlingMarking;
import org.openropa.reference.SecurityClassification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Schema(name = "InformationAssetRequest")
@JsonIgnoreProperties(value = {"id", "processingActivities", "hostingCountryAdequacy", "createdAt", "updatedAt"})
public record InformationAssetRequest(
        @Schema(examples = "IA-FIN-0007", required = true, description = "The organisation-unique reference people use; the path gives it for a create or replace by reference") @Size(min = 1, max = 60) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") String reference,
        @Schema(examples = "Revenues and benefits system") @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull AssetType assetType,
        AssetFormat format,
        @Schema(description = "Reference of one of the organisation's business functions", examples = "FIN") @Size(max = 40) String businessFunction,
        @Schema(description = "Information Asset Owner (IAO)") @Valid Contact owner,
        @Schema(description = "Information Asset Administrator (IAA)") @Valid Contact administrator,
        @Valid Supplier supplier,
        HostingModel hostingModel,
        @Schema(examples = "Microsoft Azure UK South") @Size(max = 500) String location,
        @Schema(description = "ISO 3166-1 alpha-2 code from /v1/reference/countries", examples = "GB") @Size(max = 2) String hostingCountry,
        @Schema(description = "Defaults to OFFICIAL") SecurityClassification securityClassification,
        @Schema(description = "Defaults to NONE") HandlingMarking handlingMarking,
        BusinessCriticality businessCriticality,
        Boolean vitalRecord,
        Boolean containsPersonalData,
        Boolean containsSpecialCategoryData,
        Boolean containsCriminalOffenceData,
        Boolean containsChildrensData,
        VolumeBand volumeBand,
        @Valid Backup backup,
        @Size(max = 7) List<@NotNull AccessControl> accessControls,
        @Schema(description = "The retention rule (id or reference) the asset's records follow") LinkRef retentionRule,
        @Schema(description = "Security measures (ids or references) that protect it") @Size(max = 100) List<@NotNull LinkRef> securityMeasures,
        @Schema(description = "Defaults to ACTIVE") AssetStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        @Schema(description = "Values of the organisation's custom fields for information assets, by key") Map<String, Object> customFields)
        implements RegisterRequest {
}
