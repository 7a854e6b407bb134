package org.openropa.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every error into an RFC 9457 problem. Nothing from an exception's internals (class names,
 * stack frames, SQL) reaches a response; unexpected errors are logged with a trace id the body carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response api(ApiException e, HttpServerRequest request) {
        Problem problem = new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(request), e.errors(), null);
        if (e.status() == 401) {
            return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", CHALLENGE).entity(problem).build();
        }
        if (e.retryAfterSeconds() > 0) {
            return Response.status(e.status()).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds()).entity(problem).build();
        }
        return respond(problem);
    }

    /**
     * The database cannot be reached, is shutting down, is out of resources, or cancelled a statement that ran past
     * the statement timeout: the request is answered 503 with Retry-After, and its transaction has rolled back.
     */
    static boolean unavailable(Throwable c, String sqlState) {
        if (c instanceof org.hibernate.exception.JDBCConnectionException || c instanceof jakarta.persistence.QueryTimeoutException
                || c instanceof org.hibernate.QueryTimeoutException) {
            return true;
        }
        if (sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P") || sqlState.equals("57014"))) {
            return true;
        }
        String message = c.getMessage();
        return message != null && message.contains("Unable to acquire JDBC Connection");
    }

    /** The challenge a 401 carries: an API key or a token, both as bearer credentials. */
    public static final String CHALLENGE = "Bearer realm=\"openropa\"";

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, HttpServerRequest request) {
        return api(ApiException.unauthenticated("The credentials are not valid: an unknown, revoked or expired API key, or a token "
                + "with a bad signature, another issuer or audience, or past its expiry."), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, HttpServerRequest request) {
        return api(ApiException.unauthenticated("Credentials are needed: 'Authorization: Bearer <API key or token>' or 'X-API-Key: <key>'."), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return api(ApiException.forbidden("Your role does not allow this."), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail))
                .distinct()
                .toList();
        ApiException api = ApiException.invalid(errors);
        return api(api, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                "The request body is not well-formed JSON (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ").", path(request), null, null));
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return api(invalidField(e), request);
    }

    /** Registered for the exact type so it wins over Quarkus' own mapper, which answers with an empty body. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return api(invalidField(e), request);
    }

    /** A body value Jackson could not read, as a validation problem naming the field by pointer. */
    public static ApiException invalidField(JsonMappingException e) {
        String pointer = pointer(e.getPath());
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            detail = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            detail = "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f) {
            detail = "'" + f.getValue() + "' is not a valid " + describe(f.getTargetType()).replaceFirst("^an? ", "");
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            detail = v.getCause().getMessage();
        } else if (e instanceof MismatchedInputException m) {
            detail = m.getTargetType() == null ? "has the wrong JSON type" : "must be " + describe(m.getTargetType());
        } else {
            detail = "could not be read";
        }
        return ApiException.invalid(pointer, detail);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
            return api(ApiException.badRequest(overLimit(limit)), request);
        }
        return respond(new Problem("/problems/malformed-json", "Malformed JSON", 400,
                "The request body could not be read as JSON.", path(request), null, null));
    }

    /** Names the JSON limit a body went over (nesting depth, or the length of a value), without Jackson's internals. */
    static String overLimit(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("maximum allowed \\((\\d+)").matcher(message);
        String limit = m.find() ? m.group(1) : "the configured limit";
        if (message.contains("nesting depth")) {
            return "The JSON body nests deeper than the limit of " + limit + " levels (openropa.limits.json-nesting-depth).";
        }
        return "A value in the JSON body is longer than the limit of " + limit + " characters.";
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        // Quarkus wraps body-reading errors of Jackson in a 400 WebApplicationException.
        if (e.getCause() instanceof JsonMappingException mapping && !(e.getCause() instanceof JsonParseException)) {
            return jsonMapping(mapping, request);
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException range && range.getProcessor() != null) {
            return api(ApiException.invalid(JsonReadErrors.pointer(range.getProcessor().getParsingContext()), "is out of range"), request);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String type = status == 404 ? "/problems/not-found" : "about:blank";
        String detail = switch (status) {
            case 404 -> "No resource at " + path(request) + ".";
            case 405 -> "The method " + request.method() + " is not allowed on " + path(request) + ".";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "The Content-Type " + orNone(request.getHeader("Content-Type")) + " is not accepted here.";
            default -> "The request could not be processed.";
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, path(request), null, null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return api(ApiException.preconditionFailed(), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return api(ApiException.preconditionFailed(), request);
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // Commit-time failures arrive wrapped, the database's own error often only as a suppressed exception of the
        // transaction manager's: answer for the real cause where it is one we know.
        for (Throwable c : causes(e)) {
            if (c instanceof ApiException api) {
                return api(api, request);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return api(ApiException.preconditionFailed(), request);
            }
            if (c instanceof org.hibernate.exception.DataException) {
                // PostgreSQL refused a value (SQLSTATE class 22): text with a NUL character, a date beyond its range...
                return api(ApiException.badRequest("A value in the request cannot be stored: text must not contain the NUL "
                        + "character and dates must be between 4713 BC and 294276 AD."), request);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException) {
                return api(ApiException.conflict("The change conflicts with another entry (for example a duplicate reference)."), request);
            }
            String state = c instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
            if (unavailable(c, state)) {
                LOG.warnf("Database unavailable on %s %s: %s", request == null ? "" : request.method(), path(request), c.getMessage());
                return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1")
                        .entity(new Problem("/problems/service-unavailable", "Service unavailable", 503,
                                "The database is unavailable or did not answer in time; the request was not completed. Try again shortly.", path(request), null, null))
                        .build();
            }
        }
        String traceId = UUID.randomUUID().toString().replace("-", "");
        LOG.errorf(e, "Unexpected error %s on %s %s", traceId, request.method(), request.path());
        return respond(new Problem("about:blank", "Internal server error", 500,
                "An unexpected error occurred. Quote the trace id when reporting it.", path(request), null, traceId));
    }

    /** The exception, its causes and the exceptions suppressed along the way, nearest first (bounded). */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>(List.of(e));
        while (!next.isEmpty() && found.size() < 50) {
            Throwable t = next.removeFirst();
            if (found.stream().anyMatch(f -> f == t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                next.addLast(t.getCause());
            }
            next.addAll(Arrays.asList(t.getSuppressed()));
        }
        return found;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(HttpServerRequest request) {
        return request == null ? null : request.path();
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) return "a string";
        if (type == Boolean.class || type == boolean.class) return "a boolean (true or false)";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "a number";
        if (type == java.time.LocalDate.class) return "a date (YYYY-MM-DD)";
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) return "a timestamp (ISO 8601)";
        if (type == UUID.class) return "a UUID";
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
        if (java.util.Map.class.isAssignableFrom(type)) return "an object";
        return "an object";
    }

    /** JSON pointer of a Jackson path: ["purposes", 0, "lawfulBasis"] becomes #/purposes/0/lawfulBasis. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder("#");
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                sb.append('/').append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    /** JSON pointer of a Bean Validation path, leaving out the method and parameter nodes of resource validation. */
    static String pointer(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder("#");
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    sb.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                sb.append('/').append(escape(node.getName()));
            }
        }
        return sb.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
