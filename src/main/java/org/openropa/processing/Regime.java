package org.openropa.processing;

/** The data protection regime the processing falls under. */
public enum Regime {
    UK_GDPR, DPA2018_PART3_LAW_ENFORCEMENT
}
