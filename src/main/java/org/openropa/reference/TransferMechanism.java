package org.openropa.reference;

/** How a restricted transfer is made lawful (UK GDPR Chapter V). Mirrors the reference list transfer-mechanisms; ReferenceDataTest checks the two agree. */
public enum TransferMechanism implements ReferenceCode {
    UK_ADEQUACY_REGULATIONS,
    IDTA,
    UK_ADDENDUM_EU_SCCS,
    LEGACY_EU_SCCS,
    BCR,
    PUBLIC_BODY_BINDING_INSTRUMENT,
    ADMIN_ARRANGEMENT_AUTHORISED,
    AD_HOC_CLAUSES_AUTHORISED,
    APPROVED_CODE_OF_CONDUCT,
    APPROVED_CERTIFICATION,
    ART49_A_EXPLICIT_CONSENT,
    ART49_B_CONTRACT_WITH_INDIVIDUAL,
    ART49_C_CONTRACT_IN_INDIVIDUALS_INTEREST,
    ART49_D_IMPORTANT_PUBLIC_INTEREST,
    ART49_E_LEGAL_CLAIMS,
    ART49_F_VITAL_INTERESTS,
    ART49_G_PUBLIC_REGISTER,
    ART49_COMPELLING_LEGITIMATE_INTERESTS,
    NO_RESTRICTED_TRANSFER;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.TRANSFER_MECHANISMS;
    }
}
