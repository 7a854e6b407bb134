package org.openropa.processing;

import org.openropa.common.Contact;
import org.openropa.reference.SpecialCategoryCondition;

import java.util.List;

/**
 * The Article 30 detail of an activity that is read and written as a whole, stored as one JSON document.
 * What lists filter on is copied to columns; links to other registers are in link tables.
 */
public record ActivityDetails(
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
        List<Transfer> transfers,
        String securityDescription,
        AutomatedDecisionMaking automatedDecisionMaking,
        Dpia dpia,
        String consentRecordUrl,
        List<BreachRecord> breachRecords,
        String privacyNoticeUrl,
        RightsOverride rightsOverride) {
}
