package org.openropa.security;

/** PUBLIC measures may appear in published outputs; INTERNAL detail never does (it could help an attacker). */
public enum Visibility {
    PUBLIC, INTERNAL
}
