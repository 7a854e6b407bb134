package org.openropa.processing;

/** The lawful basis of law-enforcement processing (DPA 2018 s.35(2)). */
public enum Section35Basis {
    /** s.35(2)(a): the data subject has given consent to the processing for that purpose. */
    CONSENT,
    /** s.35(2)(b): necessary for the performance of a task carried out for that purpose by a competent authority. */
    NECESSARY_FOR_COMPETENT_AUTHORITY_TASK
}
