package org.openropa.retention;

public enum RetentionRuleStatus {
    DRAFT, ACTIVE, SUPERSEDED, RETIRED
}
