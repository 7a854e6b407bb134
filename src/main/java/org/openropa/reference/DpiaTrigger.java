package org.openropa.reference;

/** A reason a DPIA is, or is likely to be, required. Mirrors the reference list dpia-triggers; ReferenceDataTest checks the two agree. */
public enum DpiaTrigger implements ReferenceCode {
    ART35_3_A_SYSTEMATIC_EVALUATION,
    ART35_3_B_LARGE_SCALE_SPECIAL_CATEGORY,
    ART35_3_C_PUBLIC_AREA_MONITORING,
    INNOVATIVE_TECHNOLOGY,
    DENIAL_OF_SERVICE,
    LARGE_SCALE_PROFILING,
    BIOMETRIC_DATA,
    GENETIC_DATA,
    DATA_MATCHING,
    INVISIBLE_PROCESSING,
    TRACKING,
    TARGETING_CHILDREN_OR_VULNERABLE,
    RISK_OF_PHYSICAL_HARM,
    EVALUATION_SCORING,
    AUTOMATED_DECISION_LEGAL_EFFECT,
    SYSTEMATIC_MONITORING,
    SENSITIVE_OR_HIGHLY_PERSONAL_DATA,
    LARGE_SCALE,
    MATCHING_COMBINING_DATASETS,
    VULNERABLE_DATA_SUBJECTS,
    INNOVATIVE_USE_NEW_TECH,
    PREVENTS_EXERCISING_RIGHT_OR_SERVICE;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.DPIA_TRIGGERS;
    }
}
