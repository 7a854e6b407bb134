package org.openropa.processing;

/** Whether the organisation keeps the record as controller (Article 30(1)) or processor (Article 30(2)). */
public enum RecordType {
    CONTROLLER, PROCESSOR
}
