package org.openropa.reference;

/** An Article 9(2) condition for special category data. Mirrors the reference list special-category-conditions; ReferenceDataTest checks the two agree. */
public enum SpecialCategoryCondition implements ReferenceCode {
    A_EXPLICIT_CONSENT,
    B_EMPLOYMENT_SOCIAL_SECURITY_PROTECTION,
    C_VITAL_INTERESTS,
    D_NOT_FOR_PROFIT_BODY,
    E_MANIFESTLY_PUBLIC,
    F_LEGAL_CLAIMS_JUDICIAL,
    G_SUBSTANTIAL_PUBLIC_INTEREST,
    H_HEALTH_SOCIAL_CARE,
    I_PUBLIC_HEALTH,
    J_ARCHIVING_RESEARCH_STATISTICS;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.SPECIAL_CATEGORY_CONDITIONS;
    }
}
