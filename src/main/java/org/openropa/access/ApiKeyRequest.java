package org.openropa.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @Schema(description = "What the key is for, so it can be recognised in lists and history", examples = "Nightly audit script", required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull Role role,
        @Schema(description = "The organisations the key covers; leave out for every organisation")
        @Size(max = 500) List<@NotNull @Size(max = 63) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be an organisation id") String> organisations,
        @Schema(description = "When the key stops working; leave out for no expiry") Instant expiresAt) {
}
