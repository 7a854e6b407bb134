package org.openropa.findings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterRequest;

import java.time.LocalDate;

/** Accepting one finding (a rule on an entry) as a known risk. */
@Schema(name = "FindingAcceptanceRequest")
@JsonIgnoreProperties(value = {"id", "findingMessage", "acceptedBy", "entryId", "expired", "createdAt", "updatedAt"})
public record FindingAcceptanceRequest(
        @Schema(description = "Defaults to the rule id and the entry's reference") @Size(min = 1, max = 60)
        @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") String reference,
        @Schema(examples = "ART9_CONDITION_MISSING", required = true) @NotBlank @Size(max = 60) String ruleId,
        @Schema(description = "ORGANISATION, PROCESSING_ACTIVITY or INFORMATION_ASSET", examples = "PROCESSING_ACTIVITY", required = true)
        @NotBlank @Pattern(regexp = "^(ORGANISATION|PROCESSING_ACTIVITY|INFORMATION_ASSET)$", message = "must be ORGANISATION, PROCESSING_ACTIVITY or INFORMATION_ASSET")
        String entryType,
        @Schema(description = "The entry's reference or id (the organisation's id for ORGANISATION)", examples = "PA-017", required = true)
        @NotBlank @Size(max = 60) String entryReference,
        @Schema(description = "Why the risk is accepted", required = true) @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The acceptance lapses after this date", required = true) @NotNull LocalDate expiresDate) implements RegisterRequest {

    @Override
    public String reference() {
        return reference != null ? reference : ruleId == null || entryReference == null ? null
                : (ruleId + "@" + entryReference).substring(0, Math.min(60, (ruleId + "@" + entryReference).length()));
    }
}
