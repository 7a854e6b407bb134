package org.openropa.security;

public enum MeasureKind {
    TECHNICAL, ORGANISATIONAL, PHYSICAL
}
