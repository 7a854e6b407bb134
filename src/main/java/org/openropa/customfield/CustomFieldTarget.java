package org.openropa.customfield;

/** The registers a custom field can be declared for. */
public enum CustomFieldTarget {
    INFORMATION_ASSET, PROCESSING_ACTIVITY
}
