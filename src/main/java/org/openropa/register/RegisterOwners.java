package org.openropa.register;

/** Finds the organisation named in a path, or answers 404; implemented by the organisation feature. */
public interface RegisterOwners {

    RegisterOwner require(String organisationId);
}
