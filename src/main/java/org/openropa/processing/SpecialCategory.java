package org.openropa.processing;

/** The special categories of personal data (Article 9(1)). */
public enum SpecialCategory {
    RACIAL_ETHNIC_ORIGIN, POLITICAL_OPINIONS, RELIGIOUS_PHILOSOPHICAL_BELIEFS, TRADE_UNION_MEMBERSHIP, GENETIC, BIOMETRIC_ID, HEALTH, SEX_LIFE, SEXUAL_ORIENTATION
}
