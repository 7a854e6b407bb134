package org.openropa.reference;

/** The event a retention period is counted from. Mirrors the reference list retention-triggers; ReferenceDataTest checks the two agree. */
public enum RetentionTrigger implements ReferenceCode {
    END_OF_FINANCIAL_YEAR_LAST_MODIFIED,
    END_OF_CALENDAR_YEAR,
    CURRENT_YEAR,
    CLOSURE_OF_CASE,
    LAST_ACTION,
    LAST_CONTACT_OR_DEATH,
    DATE_OF_DEATH,
    DATE_OF_BIRTH,
    EIGHTEENTH_BIRTHDAY,
    TERMINATION,
    EXPIRY_OF_TERMS,
    ADOPTION_ORDER,
    DATE_OF_RECORDING,
    LAST_AMENDMENT,
    SUPERSEDED,
    EVENT_SPECIFIC,
    TRANSIENT;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.RETENTION_TRIGGERS;
    }
}
