package org.openropa.asset;

/** How badly its loss would hurt the organisation. */
public enum BusinessCriticality {
    CRITICAL, HIGH, MEDIUM, LOW
}
