package org.openropa.access;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.CurrentActor;

/**
 * Who the current work is for: the request's caller, or the service itself outside a request (start-up, the demo
 * council). History records its actor; row-level security its scope.
 */
@ApplicationScoped
public class Callers implements CurrentActor {

    /** No organisation: what a request that names none sees (reference data, API keys). */
    static final String NO_ORGANISATION = "-";

    private final RequestCaller request;

    public Callers(RequestCaller request) {
        this.request = request;
    }

    public Caller current() {
        if (!Arc.container().requestContext().isActive()) {
            return Caller.SYSTEM;
        }
        Caller caller = request.caller();
        return caller == null ? Caller.SYSTEM : caller;
    }

    @Override
    public String actor() {
        return current().actor();
    }

    /** What a transaction may see: * for every organisation, else a comma-separated list. */
    String scope() {
        if (!Arc.container().requestContext().isActive()) {
            return "*";
        }
        // No scope set: not an API request (AccessFilter sets one for every /v1 request before any work), but the
        // service's own work inside a request context, such as a test or a start-up task.
        String scope = request.scope();
        return scope == null ? "*" : scope;
    }
}
