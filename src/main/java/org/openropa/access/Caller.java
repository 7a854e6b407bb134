package org.openropa.access;

import java.util.Set;

/**
 * Who is calling, from their API key or token: the actor revisions record, the role, and the organisations
 * covered (null: every organisation).
 *
 * @param actor         what history records, e.g. "api-key 5f1c... (Audit script)" or "token sub (issuer)"
 * @param role          what the caller may do
 * @param organisations the organisations covered, or null for every organisation
 */
public record Caller(String actor, Role role, Set<String> organisations) {

    /** Work the service does for itself (start-up, the demo council), not for a caller. */
    public static final Caller SYSTEM = new Caller("system", Role.ADMIN, null);

    public boolean coversEveryOrganisation() {
        return organisations == null;
    }

    public boolean covers(String organisationId) {
        return organisations == null || organisations.contains(organisationId);
    }
}
