package org.openropa.reference;

/** What happens to records when their retention period ends. Mirrors the reference list disposal-actions; ReferenceDataTest checks the two agree. */
public enum DisposalAction implements ReferenceCode {
    DESTROY,
    SECURE_DESTROY,
    REVIEW,
    TRANSFER_TO_ARCHIVES,
    PERMANENT_PRESERVATION,
    SELECT_OR_SAMPLE_FOR_ARCHIVE,
    ANONYMISE,
    RETURN_TO_CONTROLLER,
    TRANSFER_TO_OTHER_BODY;

    @Override
    public ReferenceList referenceList() {
        return ReferenceList.DISPOSAL_ACTIONS;
    }
}
