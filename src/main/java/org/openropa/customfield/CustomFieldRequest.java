package org.openropa.customfield;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterRequest;

import java.util.List;

@Schema(name = "CustomFieldRequest")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"})
public record CustomFieldRequest(
        @Schema(description = "The key values are stored under in customFields", examples = "dsptAssetId", required = true, maxLength = 63)
        @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_-]{0,62}$", message = "must start with a letter and have only letters, digits, '_' or '-' (at most 63)")
        String reference,
        @Schema(examples = "DSPT asset id") @NotBlank @Size(max = 200) String label,
        @Size(max = 2000) String description,
        @NotNull CustomFieldType type,
        @Schema(description = "The values an ENUM field allows") @Size(max = 200) List<@NotBlank @Size(max = 200) String> allowedValues,
        @Schema(description = "Registers the field is for; defaults to both") @Size(max = 2) List<@NotNull CustomFieldTarget> appliesTo,
        @Schema(description = "Whether every entry must give a value") Boolean required) implements RegisterRequest {
}
