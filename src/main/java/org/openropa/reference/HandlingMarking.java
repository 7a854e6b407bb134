package org.openropa.reference;

/** A handling marking on OFFICIAL information; OFFICIAL-SENSITIVE is a marking, not a tier. */
public enum HandlingMarking {
    NONE, OFFICIAL_SENSITIVE
}
