package org.openropa.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API key as lists show it: never the key itself. */
@Schema(name = "ApiKey", requiredProperties = {"id", "name", "role", "prefix", "createdAt", "createdBy", "revoked"})
public record ApiKeyResponse(
        UUID id,
        String name,
        Role role,
        @Schema(description = "The organisations the key covers; absent for every organisation") List<String> organisations,
        @Schema(description = "The key's first characters, to identify a leaked key") String prefix,
        Instant expiresAt,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean revoked) {

    static ApiKeyResponse of(ApiKey k) {
        return new ApiKeyResponse(k.id, k.name, k.role, k.organisations == null ? null : List.of(k.organisations), k.prefix,
                k.expiresAt, k.createdAt, k.createdBy, k.lastUsedAt, k.revokedAt, k.revokedAt != null);
    }
}
