package org.openropa.processing;

import org.openropa.reference.DataSubjectRight;
import org.openropa.reference.LawfulBasis;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceEntry;
import org.openropa.reference.ReferenceList;
import org.openropa.reference.SpecialCategoryCondition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The rights an activity gives people. A UK GDPR record: the rights its purposes' lawful bases give, from the
 * rights-by-basis matrix in the reference data (domain.md section 4). A law-enforcement (DPA 2018 Part 3) record:
 * the rights Part 3 gives (ss.44 to 54), never objection or portability, which Part 3 does not have.
 */
public final class Rights {

    private Rights() {
    }

    public static List<DataSubjectRight> of(ReferenceData reference, Collection<LawfulBasis> bases, ActivityDetails details) {
        return details.regime() == Regime.DPA2018_PART3_LAW_ENFORCEMENT
                ? underPart3(reference, details) : fromLawfulBases(reference, bases, details);
    }

    public static List<DataSubjectRight> fromLawfulBases(ReferenceData reference, Collection<LawfulBasis> bases,
                                                         ActivityDetails details) {
        List<String> codes = (bases.isEmpty() ? Arrays.asList(LawfulBasis.values()) : bases).stream().map(Enum::name).toList();
        boolean everyBasis = bases.isEmpty();
        boolean explicitConsent = details.specialCategoryConditions() != null
                && details.specialCategoryConditions().contains(SpecialCategoryCondition.A_EXPLICIT_CONSENT);
        List<DataSubjectRight> rights = new ArrayList<>();
        for (DataSubjectRight right : DataSubjectRight.values()) {
            List<String> applies = entry(reference, right).map(ReferenceEntry::lawfulBases).orElse(List.of());
            boolean given = everyBasis ? applies.containsAll(codes) : codes.stream().anyMatch(applies::contains);
            if (right == DataSubjectRight.WITHDRAW_CONSENT && explicitConsent) {
                given = true;
            }
            if (right == DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS) {
                given = significantSolelyAutomatedDecisions(details);
            }
            if (given) {
                rights.add(right);
            }
        }
        return rights;
    }

    private static List<DataSubjectRight> underPart3(ReferenceData reference, ActivityDetails details) {
        List<DataSubjectRight> rights = new ArrayList<>();
        for (DataSubjectRight right : DataSubjectRight.values()) {
            boolean given = entry(reference, right).map(ReferenceEntry::part3Provision).isPresent();
            if (right == DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS) {
                given = significantSolelyAutomatedDecisions(details);
            }
            if (given) {
                rights.add(right);
            }
        }
        return rights;
    }

    /** Article 22A: a significant decision based solely on automated processing, which the Article 22C safeguards protect. */
    public static boolean significantSolelyAutomatedDecisions(ActivityDetails details) {
        AutomatedDecisionMaking adm = details.automatedDecisionMaking();
        return adm != null && Boolean.TRUE.equals(adm.solelyAutomated()) && Boolean.TRUE.equals(adm.significant());
    }

    private static java.util.Optional<ReferenceEntry> entry(ReferenceData reference, DataSubjectRight right) {
        return reference.find(ReferenceList.DATA_SUBJECT_RIGHTS, right.name());
    }
}
