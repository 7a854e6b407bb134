package org.openropa.reference;

/** Government Security Classifications Policy tiers. */
public enum SecurityClassification {
    OFFICIAL, SECRET, TOP_SECRET
}
