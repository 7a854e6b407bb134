package org.openropa.reference;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists served under /v1/reference/{list}. */
public enum ReferenceList {
    LAWFUL_BASES("lawful-bases"),
    SPECIAL_CATEGORY_CONDITIONS("special-category-conditions"),
    SCHEDULE_1_CONDITIONS("schedule-1-conditions"),
    COUNTRIES("countries"),
    TRANSFER_MECHANISMS("transfer-mechanisms"),
    RETENTION_TRIGGERS("retention-triggers"),
    DISPOSAL_ACTIONS("disposal-actions"),
    SECURITY_CLASSIFICATIONS("security-classifications"),
    DATA_SUBJECT_RIGHTS("data-subject-rights"),
    DPIA_TRIGGERS("dpia-triggers"),
    SCHEDULE_8_CONDITIONS("schedule-8-conditions");

    public final String path;

    ReferenceList(String path) {
        this.path = path;
    }

    public static Optional<ReferenceList> byPath(String path) {
        return Arrays.stream(values()).filter(l -> l.path.equals(path)).findFirst();
    }
}
