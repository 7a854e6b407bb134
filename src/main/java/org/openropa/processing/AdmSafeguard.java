package org.openropa.processing;

/** Article 22C safeguards for significant solely automated decisions. */
public enum AdmSafeguard {
    INFORM, REPRESENTATIONS, HUMAN_INTERVENTION, CONTEST
}
