package org.openropa.common.problem;

import java.util.List;

/** An error the API reports as a problem: thrown by services, turned into RFC 9457 bodies by {@link ProblemMappers}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, 0);
    }

    private ApiException(int status, String type, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: over a rate limit; the answer carries Retry-After. */
    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(429, "/problems/too-many-requests", "Too many requests", detail, null, retryAfterSeconds);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "/problems/not-found", "Not found", detail, null);
    }

    /** 401: no credentials, or credentials that are not valid; the answer carries a WWW-Authenticate challenge. */
    public static ApiException unauthenticated(String detail) {
        return new ApiException(401, "/problems/unauthenticated", "Unauthenticated", detail, null);
    }

    /** 403: the caller covers the organisation but its role does not allow the action. */
    public static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Conflict", detail, null);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "/problems/bad-request", "Bad request", detail, null);
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).detail()
                : errors.size() + " fields are invalid";
        return new ApiException(400, "/problems/validation-error", "Request failed validation", detail, List.copyOf(errors));
    }

    public static ApiException invalid(String pointer, String detail) {
        return invalid(List.of(new FieldError(pointer, detail)));
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "/problems/precondition-required", "Precondition required",
                "This request must carry an If-Match header with the entry's current ETag.", null);
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                "The entry has changed since the ETag in If-Match was issued; fetch it again and retry.", null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** Seconds a client should wait before retrying, or 0 when the answer carries no Retry-After. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
