package org.openropa.processing;


/** Where the activity is in its life. */
public enum ActivityStatus {
    DRAFT, ACTIVE, RETIRED
}
