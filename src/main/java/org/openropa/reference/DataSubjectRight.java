package org.openropa.reference;

/** A data subject right (UK GDPR Chapter III). Mirrors the reference list data-subject-rights; ReferenceDataTest checks the two agree. */
public enum DataSubjectRight implements ReferenceCode {
    INFORMED,
    ACCESS,
    RECTIFICATION,
    ERASURE,
    RESTRICTION,
    PORTABILITY,
    OBJECT,
    OBJECT_DIRECT_MARKETING,
    AUTOMATED_DECISION_SAFEGUARDS,
    WITHDRAW_CONSENT,
    COMPLAIN_TO_CONTROLLER,
    COMPLAIN_TO_ICO;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.DATA_SUBJECT_RIGHTS;
    }
}
