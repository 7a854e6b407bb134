package org.openropa.common;

import java.util.UUID;

/** Entries are named by UUID or by reference wherever they are named. */
public final class Keys {

    private Keys() {
    }

    /** The UUID a key spells, or null when it is a reference. */
    public static UUID uuidOrNull(String key) {
        if (key == null || key.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
