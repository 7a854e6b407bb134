package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;
import org.openropa.common.Contact;
import org.openropa.register.EntryLink;
import org.openropa.reference.DataSubjectRight;
import org.openropa.reference.SpecialCategoryCondition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ProcessingActivity", requiredProperties = {"id", "reference", "name", "recordType", "status", "regime", "purposes", "specialCategoryConditions", "schedule1Conditions", "dataSubjectCategories", "personalDataCategories", "children", "sources", "recipients", "jointControllers", "processors", "controllers", "categoriesOfProcessing", "transfers", "retentionRules", "securityMeasures", "informationAssets", "breachRecords", "rights", "rightsFromLawfulBases", "customFields", "createdAt", "updatedAt"})
public record ProcessingActivityResponse(
        UUID id,
        String reference,
        String name,
        String description,
        String businessFunction,
        RecordType recordType,
        ActivityStatus status,
        Contact owner,
        Regime regime,
        List<Purpose> purposes,
        String legitimateInterests,
        String legitimateInterestsAssessmentUrl,
        List<SpecialCategoryCondition> specialCategoryConditions,
        List<String> schedule1Conditions,
        AppropriatePolicyDocument appropriatePolicyDocument,
        CriminalOffenceData criminalOffenceData,
        LawEnforcementProcessing lawEnforcement,
        List<DataSubjectCategory> dataSubjectCategories,
        List<PersonalDataCategory> personalDataCategories,
        boolean children,
        List<Source> sources,
        List<Recipient> recipients,
        List<Contact> jointControllers,
        List<Processor> processors,
        List<ControllerActedFor> controllers,
        List<String> categoriesOfProcessing,
        List<TransferView> transfers,
        List<RetentionRuleLinkView> retentionRules,
        List<EntryLink> securityMeasures,
        String securityDescription,
        List<EntryLink> informationAssets,
        AutomatedDecisionMaking automatedDecisionMaking,
        Dpia dpia,
        String consentRecordUrl,
        List<BreachRecord> breachRecords,
        String privacyNoticeUrl,
        @Schema(description = "Rights available to individuals: the override's when one is given, else those the lawful bases give")
        List<DataSubjectRight> rights,
        @Schema(description = "Rights the purposes' lawful bases give (domain matrix), whatever the override says")
        List<DataSubjectRight> rightsFromLawfulBases,
        RightsOverride rightsOverride,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        Map<String, Object> customFields,
        Instant createdAt,
        Instant updatedAt) implements RegisterResponse {
}
