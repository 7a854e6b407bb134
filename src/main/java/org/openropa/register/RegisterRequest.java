package org.openropa.register;

/** What every register entry's request carries: the organisation-unique reference. */
public interface RegisterRequest {
    String reference();
}
