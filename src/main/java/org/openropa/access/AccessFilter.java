package org.openropa.access;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.openropa.common.problem.ApiException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may do what, for every endpoint under /v1 but the reference data: 401 without valid credentials; 404 for an
 * organisation the caller does not cover, exactly as for one that does not exist; 403 when the caller's role does not
 * allow the action there. It also scopes the request's transactions to the organisations it may see (row-level
 * security enforces the same wall in PostgreSQL). Each request draws on its credentials' rate limit, or without valid
 * credentials on its client address's.
 */
public class AccessFilter {

    private final CurrentIdentityAssociation identities;
    private final RequestCaller requestCaller;
    private final AuthenticationFailures failures;
    private final String organisationsClaim;
    private final RateLimits rateLimits;
    private static final String RATE_LIMIT = "openropa.rate-limit";

    public AccessFilter(CurrentIdentityAssociation identities, RequestCaller requestCaller, AuthenticationFailures failures,
                        @ConfigProperty(name = "openropa.auth.jwt.organisations-claim", defaultValue = "organisations") String organisationsClaim,
                        RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.identities = identities;
        this.requestCaller = requestCaller;
        this.failures = failures;
        this.organisationsClaim = organisationsClaim;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        if (!path.startsWith("/v1/") || path.equals("/v1/reference") || path.startsWith("/v1/reference/")) {
            requestCaller.set(null, Callers.NO_ORGANISATION);
            admit(request, rateLimits.forAddress(address));
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().transform(failure -> {
            String authorization = request.getHeaderString("Authorization");
            boolean apiKey = request.getHeaderString("X-API-Key") != null
                    || (authorization != null && authorization.regionMatches(true, 0, "Bearer ork_", 0, 11));
            if (!apiKey) {
                // API key failures are counted where the key is checked; this is a token the JWT checks refused.
                failures.record("token", "bearer token refused for " + request.getMethod() + " " + path);
            }
            // Guessing credentials spends the address's allowance.
            RateLimits.Draw draw = rateLimits.forAddress(address);
            request.setProperty(RATE_LIMIT, draw);
            return draw != null && !draw.allowed() ? draw.refusal() : failure;
        }).map(identity -> {
            if (identity.isAnonymous()) {
                failures.record("none", "no credentials for " + request.getMethod() + " " + path);
                admit(request, rateLimits.forAddress(address));
                throw ApiException.unauthenticated("Credentials are needed: 'Authorization: Bearer <API key or token>' or 'X-API-Key: <key>'.");
            }
            Caller caller = callerOf(identity);
            admit(request, rateLimits.forCredential(caller));
            requestCaller.set(caller, decide(caller, request.getMethod(), path, request.getUriInfo().getPathParameters().getFirst("organisationId")));
            return null;
        });
    }

    /** Every answer to a rate-limited request says where the client stands (draft-ietf-httpapi-ratelimit-headers). */
    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RATE_LIMIT) instanceof RateLimits.Draw draw) {
            var headers = response.getHeaders();
            headers.putSingle("RateLimit-Policy", draw.limit() + ";w=" + draw.windowSeconds());
            headers.putSingle("RateLimit", "limit=" + draw.limit() + ", remaining=" + draw.remaining() + ", reset=" + draw.resetSeconds());
            headers.putSingle("RateLimit-Limit", draw.limit());
            headers.putSingle("RateLimit-Remaining", draw.remaining());
            headers.putSingle("RateLimit-Reset", draw.resetSeconds());
        }
    }

    private static void admit(ContainerRequestContext request, RateLimits.Draw draw) {
        request.setProperty(RATE_LIMIT, draw);
        if (draw != null && !draw.allowed()) {
            throw draw.refusal();
        }
    }

    /** Applies the rules and answers the scope the request's transactions get. */
    static String decide(Caller caller, String method, String path, String organisationId) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/v1/api-keys") || path.startsWith("/v1/api-keys/")) {
            // A key covering some organisations could otherwise make itself one covering all.
            require(caller, Role.ADMIN, caller.coversEveryOrganisation(), "Managing API keys needs an ADMIN covering every organisation.");
            return Callers.NO_ORGANISATION;
        }
        if (organisationId == null) {
            if (!read) {
                require(caller, Role.ADMIN, caller.coversEveryOrganisation(), "Creating an organisation needs an ADMIN covering every organisation.");
            }
            return caller.coversEveryOrganisation() ? "*" : String.join(",", caller.organisations());
        }
        if (!caller.covers(organisationId)) {
            throw ApiException.notFound("There is no organisation '" + organisationId + "'.");
        }
        String rest = path.substring(Math.min(path.length(), ("/v1/organisations/" + organisationId).length()));
        Role needed;
        if (read) {
            needed = Role.READER;
        } else if (rest.isEmpty() || rest.equals("/") || rest.startsWith("/custom-fields")) {
            needed = Role.ADMIN;
        } else {
            needed = Role.EDITOR;
        }
        require(caller, needed, true, null);
        return organisationId;
    }

    private static void require(Caller caller, Role needed, boolean covered, String why) {
        if (!caller.role().allows(needed) || !covered) {
            throw ApiException.forbidden(why != null && caller.role().allows(needed) ? why
                    : "This needs the " + needed + " role; the credentials give " + caller.role() + ".");
        }
    }

    private Caller callerOf(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ApiKeyAuthentication.CALLER);
        if (caller != null) {
            return caller;
        }
        Role role = null;
        for (Role r : Role.values()) {
            if (identity.getRoles().stream().anyMatch(name -> name.equalsIgnoreCase(r.name()))) {
                role = r;
            }
        }
        if (role == null) {
            throw ApiException.forbidden("The token grants no role (READER, EDITOR or ADMIN).");
        }
        String actor = identity.getPrincipal().getName();
        Set<String> organisations = Set.of();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            actor = "token " + token.getSubject() + " (" + token.getIssuer() + ")";
            organisations = organisations(token.getClaim(organisationsClaim));
        }
        return new Caller(actor, role, organisations);
    }

    /** The organisations claim: a list, or a space- or comma-separated string; "*" for every organisation. */
    private static Set<String> organisations(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(unquote(v.toString())));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> values.add(unquote(v.toString())));
        } else if (claim != null) {
            for (String v : claim.toString().split("[\\s,]+")) {
                values.add(unquote(v));
            }
        }
        values.removeIf(String::isBlank);
        return values.contains("*") ? null : Set.copyOf(values);
    }

    private static String unquote(String value) {
        String v = value.trim();
        return (v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v).toLowerCase(Locale.ROOT);
    }
}
