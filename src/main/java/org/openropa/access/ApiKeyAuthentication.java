package org.openropa.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * API keys for curl and scripts: "X-API-Key: <key>", or "Authorization: Bearer <key>" for a key of our form
 * (other bearer tokens are left to the JWT mechanism). The key is checked by {@link ApiKeyService}.
 */
public final class ApiKeyAuthentication {

    static final String CALLER = Caller.class.getName();

    private ApiKeyAuthentication() {
    }

    /** An API key presented with a request. */
    public static final class Request extends BaseAuthenticationRequest {
        final String key;

        Request(String key) {
            this.key = key;
        }
    }

    @ApplicationScoped
    @Priority(2000)
    public static class Mechanism implements HttpAuthenticationMechanism {

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
            String key = context.request().getHeader("X-API-Key");
            if (key == null) {
                String authorization = context.request().getHeader("Authorization");
                if (authorization != null && authorization.regionMatches(true, 0, "Bearer ork_", 0, 11)) {
                    key = authorization.substring(7).trim();
                }
            }
            if (key == null) {
                return Uni.createFrom().optional(java.util.Optional.empty());
            }
            return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Request(key.trim()), context));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"openropa\""));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public int getPriority() {
            return 2000;
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        private final ApiKeyService keys;
        private final AuthenticationFailures failures;

        public Provider(ApiKeyService keys, AuthenticationFailures failures) {
            this.keys = keys;
            this.failures = failures;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Caller caller = keys.authenticate(request.key).orElse(null);
                if (caller == null) {
                    failures.record("api-key", "unknown, revoked or expired API key with prefix "
                            + request.key.substring(0, Math.min(8, request.key.length())) + "...");
                    throw new AuthenticationFailedException("The API key is not valid");
                }
                return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(caller.actor()))
                        .addRole(caller.role().name()).addAttribute(CALLER, caller).build();
            });
        }
    }
}
