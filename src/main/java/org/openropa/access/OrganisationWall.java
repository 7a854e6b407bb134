package org.openropa.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

/**
 * Scopes every transaction to the organisations its caller may see, for the row-level security policies on every
 * organisation-owned table (migration V7): a query that forgot its organisation filter still cannot cross the wall.
 * Connected as a superuser (which every policy lets through), the transaction also takes the unprivileged role the
 * policies bind.
 */
@ApplicationScoped
public class OrganisationWall {

    private final EntityManager em;
    private final Callers callers;
    private volatile Boolean switchRole;

    public OrganisationWall(EntityManager em, Callers callers) {
        this.em = em;
        this.callers = callers;
    }

    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        String scope = callers.scope();
        if (switchRole == null) {
            Object needed = em.createNativeQuery("select exists (select 1 from pg_roles where rolname = session_user and rolsuper) "
                    + "and exists (select 1 from pg_roles where rolname = 'openropa_app')").getSingleResult();
            switchRole = Boolean.TRUE.equals(needed);
        }
        em.createNativeQuery(switchRole
                        ? "select set_config('openropa.organisations', ?1, true), set_config('role', 'openropa_app', true)"
                        : "select set_config('openropa.organisations', ?1, true)")
                .setParameter(1, scope).getResultList();
    }
}
