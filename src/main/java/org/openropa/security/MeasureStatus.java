package org.openropa.security;

public enum MeasureStatus {
    PLANNED, ACTIVE, RETIRED
}
