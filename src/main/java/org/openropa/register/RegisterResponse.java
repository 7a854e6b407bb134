package org.openropa.register;

import java.util.UUID;

/** What every register entry's response has: its server id. */
public interface RegisterResponse {
    UUID id();
}
