package org.openropa.retention;

/** Why a retention period is what it is. */
public enum RationaleType {
    STATUTE, REGULATION, GUIDANCE, LIMITATION_PERIOD, BUSINESS_NEED, COMMON_PRACTICE, RGLA, AUDIT_REQUIREMENT
}
