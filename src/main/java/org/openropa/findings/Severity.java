package org.openropa.findings;

/** How much a finding matters, most first. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** Whether this severity is the given one or above it. */
    public boolean atLeast(Severity floor) {
        return ordinal() <= floor.ordinal();
    }
}
