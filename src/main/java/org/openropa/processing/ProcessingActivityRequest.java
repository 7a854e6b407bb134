package org.openropa.processing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.Contact;
import org.openropa.common.HttpUrl;
import org.openropa.register.LinkRef;
import org.openropa.register.RegisterRequest;
import org.openropa.reference.SpecialCategoryCondition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The writable fields of a processing activity: everything Article 30(1) and 30(2) ask for, and the ICO template's optional columns. */
@Schema(name = "ProcessingActivityRequest")
@JsonIgnoreProperties(value = {"id", "rights", "rightsFromLawfulBases", "createdAt", "updatedAt"})
public record ProcessingActivityRequest(
        @Schema(examples = "PA-014", required = true, description = "The organisation-unique reference people use; the path gives it for a create or replace by reference") @Size(min = 1, max = 60) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") String reference,
        @Schema(examples = "Council tax billing and collection") @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @Schema(description = "Reference of one of the organisation's business functions", examples = "FIN") @Size(max = 40) String businessFunction,
        @Schema(description = "Defaults to CONTROLLER") RecordType recordType,
        @Schema(description = "Defaults to DRAFT") ActivityStatus status,
        @Valid Contact owner,
        @Schema(description = "Defaults to UK_GDPR") Regime regime,
        @Size(max = 50) List<@NotNull @Valid Purpose> purposes,
        @Schema(description = "The legitimate interests pursued, where a purpose relies on them") @Size(max = 4000) String legitimateInterests,
        @HttpUrl @Size(max = 2048) String legitimateInterestsAssessmentUrl,
        @Size(max = 10) List<@NotNull SpecialCategoryCondition> specialCategoryConditions,
        @Schema(description = "DPA 2018 Schedule 1 condition codes from /v1/reference/schedule-1-conditions")
        @Size(max = 40) List<@NotNull @Size(max = 60) String> schedule1Conditions,
        @Valid AppropriatePolicyDocument appropriatePolicyDocument,
        @Valid CriminalOffenceData criminalOffenceData,
        @Schema(description = "For a law-enforcement (DPA 2018 Part 3) record: what it states instead of UK GDPR bases and conditions") @Valid LawEnforcementProcessing lawEnforcement,
        @Size(max = 100) List<@NotNull @Valid DataSubjectCategory> dataSubjectCategories,
        @Size(max = 200) List<@NotNull @Valid PersonalDataCategory> personalDataCategories,
        @Schema(description = "Whether children's personal data are processed") Boolean children,
        @Size(max = 50) List<@NotNull @Valid Source> sources,
        @Size(max = 200) List<@NotNull @Valid Recipient> recipients,
        @Size(max = 50) List<@NotNull @Valid Contact> jointControllers,
        @Size(max = 100) List<@NotNull @Valid Processor> processors,
        @Schema(description = "For PROCESSOR records: the controllers acted for (at least one)")
        @Size(max = 100) List<@NotNull @Valid ControllerActedFor> controllers,
        @Schema(description = "For PROCESSOR records: the categories of processing carried out for the controllers")
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> categoriesOfProcessing,
        @Size(max = 100) List<@NotNull @Valid Transfer> transfers,
        @Schema(description = "Retention rules (ids or references, or objects with retentionRule and personalDataCategory)")
        @Size(max = 100) List<@NotNull @Valid RetentionRuleLink> retentionRules,
        @Schema(description = "Security measures (ids or references)") @Size(max = 200) List<@NotNull LinkRef> securityMeasures,
        @Schema(description = "General description of technical and organisational security measures (Article 30(1)(g))")
        @Size(max = 8000) String securityDescription,
        @Schema(description = "Information assets (ids or references) the activity uses; each asset shows the activity back")
        @Size(max = 200) List<@NotNull LinkRef> informationAssets,
        @Valid AutomatedDecisionMaking automatedDecisionMaking,
        @Valid Dpia dpia,
        @HttpUrl @Size(max = 2048) String consentRecordUrl,
        @Size(max = 100) List<@NotNull @Valid BreachRecord> breachRecords,
        @HttpUrl @Size(max = 2048) String privacyNoticeUrl,
        @Schema(description = "Rights stated instead of those computed from the lawful bases, with the reason") @Valid RightsOverride rightsOverride,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        @Schema(description = "Values of the organisation's custom fields for processing activities, by key") Map<String, Object> customFields)
        implements RegisterRequest {
}
