package org.openropa.processing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openropa.reference.DataSubjectRight;
import org.openropa.reference.LawfulBasis;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.SpecialCategoryCondition;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rights-by-basis matrix (domain.md section 4) as the reference data holds it, applied to an activity. */
@QuarkusTest
class RightsTest {

    @Inject
    ReferenceData reference;

    private static ActivityDetails details(List<SpecialCategoryCondition> conditions, AutomatedDecisionMaking adm) {
        return details(Regime.UK_GDPR, conditions, adm);
    }

    private static ActivityDetails details(Regime regime, List<SpecialCategoryCondition> conditions, AutomatedDecisionMaking adm) {
        return new ActivityDetails(regime, List.of(), null, null, conditions, List.of(), null, null, null, List.of(), List.of(),
                false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, adm, null, null, List.of(),
                null, null);
    }

    private List<DataSubjectRight> rights(LawfulBasis basis) {
        return Rights.fromLawfulBases(reference, List.of(basis), details(List.of(), null));
    }

    @Test
    void publicTaskGivesObjectionButNotPortability() {
        assertTrue(rights(LawfulBasis.E_PUBLIC_TASK).contains(DataSubjectRight.OBJECT));
        assertFalse(rights(LawfulBasis.E_PUBLIC_TASK).contains(DataSubjectRight.PORTABILITY));
    }

    @Test
    void consentGivesPortabilityAndWithdrawalButNotObjection() {
        List<DataSubjectRight> rights = rights(LawfulBasis.A_CONSENT);
        assertTrue(rights.contains(DataSubjectRight.PORTABILITY));
        assertTrue(rights.contains(DataSubjectRight.WITHDRAW_CONSENT));
        assertFalse(rights.contains(DataSubjectRight.OBJECT));
    }

    @Test
    void legalObligationGivesNeitherErasureNorObjection() {
        List<DataSubjectRight> rights = rights(LawfulBasis.C_LEGAL_OBLIGATION);
        assertFalse(rights.contains(DataSubjectRight.ERASURE));
        assertFalse(rights.contains(DataSubjectRight.OBJECT));
        assertTrue(rights.contains(DataSubjectRight.ACCESS));
    }

    @Test
    void explicitConsentUnderArticle9GivesWithdrawalWhateverTheBasis() {
        assertTrue(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK),
                details(List.of(SpecialCategoryCondition.A_EXPLICIT_CONSENT), null)).contains(DataSubjectRight.WITHDRAW_CONSENT));
    }

    @Test
    void recognisedLegitimateInterestGivesObjectionAsArticle21AmendedSays() {
        assertTrue(rights(LawfulBasis.EA_RECOGNISED_LEGITIMATE_INTEREST).contains(DataSubjectRight.OBJECT));
    }

    @Test
    void aLawEnforcementRecordHasPart3RightsButNeitherObjectionNorPortability() {
        List<DataSubjectRight> rights = Rights.of(reference, List.of(), details(Regime.DPA2018_PART3_LAW_ENFORCEMENT, List.of(), null));
        assertTrue(rights.containsAll(List.of(DataSubjectRight.INFORMED, DataSubjectRight.ACCESS, DataSubjectRight.RECTIFICATION,
                DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION, DataSubjectRight.COMPLAIN_TO_ICO)));
        assertFalse(rights.contains(DataSubjectRight.OBJECT));
        assertFalse(rights.contains(DataSubjectRight.PORTABILITY));
        assertFalse(rights.contains(DataSubjectRight.WITHDRAW_CONSENT));
    }

    @Test
    void significantDecisionsWithMeaningfulHumanInvolvementGetNoArticle22CSafeguards() {
        var withHuman = new AutomatedDecisionMaking(true, true, false, false, null, List.of());
        assertFalse(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK), details(List.of(), withHuman))
                .contains(DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS));
    }

    @Test
    void automatedDecisionSafeguardsOnlyForSignificantSolelyAutomatedDecisions() {
        var significant = new AutomatedDecisionMaking(true, true, true, false, null, List.of());
        var minor = new AutomatedDecisionMaking(true, false, true, false, null, List.of());
        assertTrue(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK), details(List.of(), significant))
                .contains(DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS));
        assertFalse(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK), details(List.of(), minor))
                .contains(DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS));
    }
}
