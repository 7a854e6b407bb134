package org.openropa.processing;

import java.util.List;

/**
 * Which activities a whole-record read takes: those of a status (null for every status), of a record type, of a
 * business function, and with one of the references (empty for every one). Null means no condition.
 */
public record ActivitySelection(ActivityStatus status, RecordType recordType, String businessFunction, List<String> references) {

    public ActivitySelection {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
