package org.openropa.processing;

import org.openropa.common.problem.FieldError;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceList;

import java.util.List;

/**
 * What each regime lets a record state. A UK GDPR record names an Article 6 basis for each purpose and uses
 * Article 9, Article 10 and DPA 2018 Schedule 1; a law-enforcement record (DPA 2018 Part 3) states the s.35 basis
 * and Schedule 8 conditions instead, and has none of those UK GDPR items. Gaps are saved (findings report them);
 * a UK GDPR item on a Part 3 record, or the reverse, cannot be meaningful and is refused.
 */
final class RegimeRules {

    private RegimeRules() {
    }

    static void check(Regime regime, ProcessingActivityRequest r, ReferenceData reference, List<FieldError> errors) {
        List<Purpose> purposes = r.purposes() == null ? List.of() : r.purposes();
        if (regime == Regime.DPA2018_PART3_LAW_ENFORCEMENT) {
            for (int i = 0; i < purposes.size(); i++) {
                if (purposes.get(i).lawfulBasis() != null) {
                    errors.add(new FieldError("#/purposes/" + i + "/lawfulBasis",
                            "a law-enforcement (Part 3) record states its basis in lawEnforcement.section35Basis, not an Article 6 basis"));
                }
            }
            refuseOnPart3(r.specialCategoryConditions(), "#/specialCategoryConditions", "lawEnforcement.sensitiveProcessingConditions (Schedule 8)", errors);
            refuseOnPart3(r.schedule1Conditions(), "#/schedule1Conditions", "lawEnforcement.sensitiveProcessingConditions (Schedule 8)", errors);
            if (r.criminalOffenceData() != null) {
                errors.add(new FieldError("#/criminalOffenceData", "Article 10 does not apply to law-enforcement (Part 3) processing; leave it out"));
            }
            if (r.appropriatePolicyDocument() != null) {
                errors.add(new FieldError("#/appropriatePolicyDocument", "a law-enforcement (Part 3) record gives it as lawEnforcement.appropriatePolicyDocument (s.42)"));
            }
            if (r.legitimateInterests() != null || r.legitimateInterestsAssessmentUrl() != null) {
                errors.add(new FieldError("#/legitimateInterests", "legitimate interests are a UK GDPR basis; a law-enforcement (Part 3) record has none"));
            }
            LawEnforcementProcessing le = r.lawEnforcement();
            if (le != null && le.sensitiveProcessingConditions() != null) {
                for (int i = 0; i < le.sensitiveProcessingConditions().size(); i++) {
                    String code = le.sensitiveProcessingConditions().get(i);
                    if (!reference.contains(ReferenceList.SCHEDULE_8_CONDITIONS, code)) {
                        errors.add(new FieldError("#/lawEnforcement/sensitiveProcessingConditions/" + i,
                                "'" + code + "' is not a code in /v1/reference/schedule-8-conditions"));
                    }
                }
            }
        } else {
            for (int i = 0; i < purposes.size(); i++) {
                if (purposes.get(i).lawfulBasis() == null) {
                    errors.add(new FieldError("#/purposes/" + i + "/lawfulBasis", "must not be null"));
                }
            }
            if (r.lawEnforcement() != null) {
                errors.add(new FieldError("#/lawEnforcement", "is only for a law-enforcement record (regime DPA2018_PART3_LAW_ENFORCEMENT)"));
            }
        }
    }

    private static void refuseOnPart3(List<?> values, String pointer, String instead, List<FieldError> errors) {
        if (values != null && !values.isEmpty()) {
            errors.add(new FieldError(pointer, "is a UK GDPR item; a law-enforcement (Part 3) record uses " + instead));
        }
    }

    /** The stored form: Schedule 8 codes in their canonical case. */
    static LawEnforcementProcessing canonical(LawEnforcementProcessing le, ReferenceData reference) {
        if (le == null) {
            return null;
        }
        return new LawEnforcementProcessing(le.purposes() == null ? List.of() : le.purposes().stream().distinct().toList(),
                le.statutoryFunction(), le.section35Basis(),
                reference.canonical(ReferenceList.SCHEDULE_8_CONDITIONS, le.sensitiveProcessingConditions()),
                le.appropriatePolicyDocument(), le.profiling(), le.profilingDescription(), le.loggingStatement());
    }
}
