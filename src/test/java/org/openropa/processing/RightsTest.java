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
        return new ActivityDetails(Regime.UK_GDPR, List.of(), null, null, conditions, List.of(), null, null, List.of(), List.of(),
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
    void automatedDecisionSafeguardsOnlyForSignificantDecisions() {
        var significant = new AutomatedDecisionMaking(true, true, false, null, List.of());
        var minor = new AutomatedDecisionMaking(true, false, false, null, List.of());
        assertTrue(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK), details(List.of(), significant))
                .contains(DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS));
        assertFalse(Rights.fromLawfulBases(reference, List.of(LawfulBasis.E_PUBLIC_TASK), details(List.of(), minor))
                .contains(DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS));
    }
}
