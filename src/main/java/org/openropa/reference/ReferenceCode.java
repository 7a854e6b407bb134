package org.openropa.reference;

/** A Java enum whose constants are the codes of a reference list. */
public interface ReferenceCode {
    ReferenceList referenceList();

    String name();
}
