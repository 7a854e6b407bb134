package org.openropa.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.problem.ApiException;
import org.openropa.register.RegisterService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** API keys: created (shown once), listed, read and revoked by an ADMIN; checked on every request that presents one. */
@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    private final ApiKeyRepository keys;
    private final Callers callers;
    private final Clock clock;
    private final Optional<String> bootstrapKey;
    private final Optional<String> generatedKeyFile;
    private final int port;
    private final long verifiedForNanos;
    /** Keys checked against the database in the last few seconds, by prefix: most requests need no look-up. */
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    private record Verified(String keyHash, Caller caller, Instant expiresAt, long checkedAt) {
    }

    public ApiKeyService(ApiKeyRepository keys, Callers callers, Clock clock,
                         @ConfigProperty(name = "openropa.bootstrap-api-key") Optional<String> bootstrapKey,
                         @ConfigProperty(name = "openropa.generated-admin-key-file") Optional<String> generatedKeyFile,
                         @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
                         @ConfigProperty(name = "openropa.auth.api-key-cache") java.time.Duration verifiedFor) {
        this.verifiedForNanos = verifiedFor.toNanos();
        this.keys = keys;
        this.callers = callers;
        this.clock = clock;
        this.bootstrapKey = bootstrapKey;
        this.generatedKeyFile = generatedKeyFile;
        this.port = port;
    }

    @Transactional
    public ApiKeyCreated create(ApiKeyRequest request) {
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now())) {
            throw ApiException.invalid("#/expiresAt", "must be in the future");
        }
        String key = ApiKeys.generate();
        ApiKey k = insert(key, request.name().trim(), request.role(),
                request.organisations() == null ? null : request.organisations().stream().distinct().sorted().toArray(String[]::new),
                request.expiresAt(), callers.current().actor());
        return new ApiKeyCreated(key, ApiKeyResponse.of(k));
    }

    @Transactional
    public RegisterService.Listing<ApiKeyResponse> list(PageRequest page) {
        return new RegisterService.Listing<>(keys.page(page.offset(), page.pageSize()).stream().map(ApiKeyResponse::of).toList(), keys.count());
    }

    @Transactional
    public ApiKeyResponse get(String id) {
        return ApiKeyResponse.of(require(id));
    }

    /** Revoking is final and idempotent: a revoked key stays listed, with when it was revoked. */
    @Transactional
    public ApiKeyResponse revoke(String id) {
        ApiKey k = require(id);
        verified.clear();
        if (k.revokedAt == null) {
            k.revokedAt = now();
        }
        return ApiKeyResponse.of(k);
    }

    /**
     * The caller a key stands for, or empty when the key is unknown, revoked or expired. A key the database confirmed
     * within the last {@code openropa.auth.api-key-cache} is taken on that confirmation (its hash still compared); a
     * revocation through this service takes effect at once, one made elsewhere within that time.
     */
    @Transactional
    public Optional<Caller> authenticate(String key) {
        if (key == null || key.length() < ApiKeys.PREFIX_LENGTH || key.length() > 200) {
            return Optional.empty();
        }
        Verified known = verified.get(ApiKeys.prefix(key));
        if (known != null && System.nanoTime() - known.checkedAt() < verifiedForNanos && ApiKeys.matches(key, known.keyHash())
                && (known.expiresAt() == null || known.expiresAt().isAfter(now()))) {
            return Optional.of(known.caller());
        }
        Optional<ApiKey> found = keys.findByPrefix(ApiKeys.prefix(key));
        if (found.isEmpty() || !ApiKeys.matches(key, found.get().keyHash)) {
            return Optional.empty();
        }
        ApiKey k = found.get();
        Instant now = now();
        if (k.revokedAt != null || (k.expiresAt != null && !k.expiresAt.isAfter(now))) {
            return Optional.empty();
        }
        keys.touch(k.id, now);
        Caller caller = new Caller("api-key " + k.id + " (" + k.name + ")", k.role, k.organisations == null ? null : Set.of(k.organisations));
        if (verifiedForNanos > 0) {
            verified.put(k.prefix, new Verified(k.keyHash, caller, k.expiresAt, System.nanoTime()));
        }
        return Optional.of(caller);
    }

    /**
     * A new deployment is never locked out: when no key exists, the configured bootstrap key becomes an ADMIN key;
     * with the embedded database and none configured, one is generated and written to a file for the README's curl.
     */
    @Transactional
    void bootstrap(@Observes StartupEvent start) {
        if (keys.count() > 0) {
            return;
        }
        if (bootstrapKey.isPresent() && !bootstrapKey.get().isBlank()) {
            String key = bootstrapKey.get().trim();
            if (key.length() < 32) {
                throw new IllegalStateException("OPENROPA_BOOTSTRAP_API_KEY must be at least 32 characters");
            }
            insert(key, "Bootstrap administrator", Role.ADMIN, null, null, "bootstrap");
            LOG.info("Created the bootstrap ADMIN API key from OPENROPA_BOOTSTRAP_API_KEY");
            return;
        }
        if (generatedKeyFile.isPresent()) {
            String key = ApiKeys.generate();
            insert(key, "Local administrator", Role.ADMIN, null, null, "bootstrap");
            Path file = Path.of(generatedKeyFile.get());
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, key + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the file keeps its default permissions
                }
            } catch (IOException e) {
                LOG.warnf("Could not write the generated admin key to %s: %s", file, e.getMessage());
            }
            LOG.infof("%n%n  A local ADMIN API key was created (shown once; also in %s):%n%n    %s%n%n"
                    + "  Try: curl -H 'Authorization: Bearer %s' http://localhost:%d/v1/organisations%n", file, key, key, port);
        }
    }

    private ApiKey insert(String key, String name, Role role, String[] organisations, Instant expiresAt, String createdBy) {
        if (keys.findByPrefix(ApiKeys.prefix(key)).isPresent()) {
            throw ApiException.conflict("A key with the same prefix exists; try again.");
        }
        ApiKey k = new ApiKey();
        k.id = UUID.randomUUID();
        k.name = name;
        k.role = role;
        k.organisations = organisations;
        k.prefix = ApiKeys.prefix(key);
        k.keyHash = ApiKeys.hash(key);
        k.expiresAt = expiresAt;
        k.createdAt = now();
        k.createdBy = createdBy;
        keys.persistAndFlush(k);
        return k;
    }

    private ApiKey require(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no API key '" + id + "'.");
        }
        ApiKey k = keys.findById(uuid);
        if (k == null) {
            throw ApiException.notFound("There is no API key '" + id + "'.");
        }
        return k;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
