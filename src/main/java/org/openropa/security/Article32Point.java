package org.openropa.security;

/**
 * The Article 32(1) point a measure serves: (a) pseudonymisation and encryption; (b) confidentiality,
 * integrity, availability and resilience; (c) restoring availability after an incident; (d) regular testing.
 */
public enum Article32Point {
    A, B, C, D
}
