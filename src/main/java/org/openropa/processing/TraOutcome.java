package org.openropa.processing;

/** What a transfer risk assessment concluded. */
public enum TraOutcome {
    PROCEED, PROCEED_WITH_SUPPLEMENTARY_MEASURES, DO_NOT_PROCEED
}
