package org.openropa.common.http;

/** A response body with the version its ETag is made from; {@code created} tells a create-or-replace which it did. */
public record Versioned<R>(R body, long version, boolean created) {

    public Versioned(R body, long version) {
        this(body, version, false);
    }
}
