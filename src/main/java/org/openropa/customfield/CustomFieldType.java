package org.openropa.customfield;

public enum CustomFieldType {
    TEXT, NUMBER, DATE, BOOLEAN, ENUM
}
