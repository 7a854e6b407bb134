package org.openropa.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * A client that accepts only application/problem+json is saying how it reads errors, not refusing the answer:
 * generated clients send exactly that for operations whose document lists only problem responses (a DELETE
 * answers 204). Such a request is negotiated as if it also accepted application/json, at the lowest preference,
 * so it gets its answer instead of a 406.
 */
@Provider
@PreMatching
public class ProblemAcceptFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        boolean problemOnly = Arrays.stream(accept.split(","))
                .map(type -> type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))
                .allMatch(type -> type.equals(Problem.MEDIA_TYPE));
        if (problemOnly) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.01");
        }
    }
}
