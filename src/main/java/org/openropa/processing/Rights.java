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

/** The rights an activity's lawful bases give, from the rights-by-basis matrix in the reference data (domain.md section 4). */
public final class Rights {

    private Rights() {
    }

    public static List<DataSubjectRight> fromLawfulBases(ReferenceData reference, Collection<LawfulBasis> bases,
                                                         ActivityDetails details) {
        List<String> codes = (bases.isEmpty() ? Arrays.asList(LawfulBasis.values()) : bases).stream().map(Enum::name).toList();
        boolean everyBasis = bases.isEmpty();
        boolean explicitConsent = details.specialCategoryConditions() != null
                && details.specialCategoryConditions().contains(SpecialCategoryCondition.A_EXPLICIT_CONSENT);
        AutomatedDecisionMaking adm = details.automatedDecisionMaking();
        boolean significantAdm = adm != null && Boolean.TRUE.equals(adm.exists()) && Boolean.TRUE.equals(adm.significant());
        List<DataSubjectRight> rights = new ArrayList<>();
        for (DataSubjectRight right : DataSubjectRight.values()) {
            List<String> applies = reference.find(ReferenceList.DATA_SUBJECT_RIGHTS, right.name())
                    .map(ReferenceEntry::lawfulBases).orElse(List.of());
            boolean given = everyBasis ? applies.containsAll(codes) : codes.stream().anyMatch(applies::contains);
            if (right == DataSubjectRight.WITHDRAW_CONSENT && explicitConsent) {
                given = true;
            }
            if (right == DataSubjectRight.AUTOMATED_DECISION_SAFEGUARDS) {
                given = significantAdm;
            }
            if (given) {
                rights.add(right);
            }
        }
        return rights;
    }
}
