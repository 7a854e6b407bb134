package org.openropa.processing;

/** The Annex 1 condition relied on with Article 6(1)(ea). */
public enum RecognisedLegitimateInterestCondition {
    PUBLIC_TASK_DISCLOSURE_REQUEST, NATIONAL_SECURITY_PUBLIC_SECURITY_DEFENCE, EMERGENCIES, CRIME, SAFEGUARDING_VULNERABLE_INDIVIDUALS
}
