package org.openropa.reference;

/** An Article 6(1) lawful basis. Mirrors the reference list lawful-bases; ReferenceDataTest checks the two agree. */
public enum LawfulBasis implements ReferenceCode {
    A_CONSENT,
    B_CONTRACT,
    C_LEGAL_OBLIGATION,
    D_VITAL_INTERESTS,
    E_PUBLIC_TASK,
    EA_RECOGNISED_LEGITIMATE_INTEREST,
    F_LEGITIMATE_INTERESTS;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.LAWFUL_BASES;
    }
}
