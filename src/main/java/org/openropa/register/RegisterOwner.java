package org.openropa.register;

/** The organisation a register entry belongs to, as the write path and a feature's rules see it. */
public interface RegisterOwner {

    String organisationId();

    boolean hasBusinessFunction(String reference);
}
