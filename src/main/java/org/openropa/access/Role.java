package org.openropa.access;

/** What a caller may do in the organisations it covers; each role can do everything the one before it can. */
public enum Role {
    /** Read everything in its organisations, exports, findings and history included. */
    READER,
    /** Also create, change and delete register entries there. */
    EDITOR,
    /** Also organisations, custom field declarations and API keys. */
    ADMIN;

    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }
}
