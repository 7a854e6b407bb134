package org.openropa.processing;

import org.openropa.common.query.Where;

/** Where the activity is in its life. */
public enum ActivityStatus {
    DRAFT, ACTIVE, RETIRED
}
