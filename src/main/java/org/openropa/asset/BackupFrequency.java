package org.openropa.asset;

/** How often it is backed up. */
public enum BackupFrequency {
    CONTINUOUS, DAILY, WEEKLY, MONTHLY, NONE
}
