package org.openropa.access;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to creating a key: the only time the key itself is shown. */
@Schema(name = "ApiKeyCreated", requiredProperties = {"key", "apiKey"})
public record ApiKeyCreated(
        @Schema(description = "The key: send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. It is shown once; only its hash is kept.")
        String key,
        ApiKeyResponse apiKey) {
}
