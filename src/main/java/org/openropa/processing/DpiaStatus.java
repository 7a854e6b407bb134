package org.openropa.processing;

/** Progress of a data protection impact assessment. */
public enum DpiaStatus {
    NOT_STARTED, SCREENING, IN_PROGRESS, AWAITING_DPO_ADVICE, SIGNED_OFF, PRIOR_CONSULTATION_WITH_ICO, REVIEW_DUE, NOT_REQUIRED
}
