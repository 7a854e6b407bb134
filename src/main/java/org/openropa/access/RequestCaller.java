package org.openropa.access;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request and the organisations its queries are scoped to, set by AccessFilter. */
@RequestScoped
public class RequestCaller {

    private Caller caller;
    private String scope;

    void set(Caller caller, String scope) {
        this.caller = caller;
        this.scope = scope;
    }

    Caller caller() {
        return caller;
    }

    String scope() {
        return scope;
    }
}
