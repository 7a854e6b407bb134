package org.openropa.findings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** What is missing, overdue or inconsistent in one entry, in that entry's terms, with the provision behind it. */
@Schema(name = "Finding", requiredProperties = {"ruleId", "severity", "entryType", "entryId", "reference", "message", "legalReference",
        "resolution", "accepted"})
public record Finding(
        String ruleId,
        Severity severity,
        @Schema(examples = "PROCESSING_ACTIVITY") String entryType,
        String entryId,
        String reference,
        String name,
        String businessFunction,
        @Schema(description = "What is wrong, in this entry's terms") String message,
        String legalReference,
        @Schema(description = "What would resolve it") String resolution,
        @Schema(description = "Whether a DPO accepted it as a known risk (shown only with include=accepted)") boolean accepted,
        @Schema(description = "The acceptance, when accepted") Acceptance acceptance) {

    @Schema(name = "FindingAcceptanceSummary")
    public record Acceptance(String id, String reason, String acceptedBy, LocalDate expiresDate) {
    }

    Finding accept(Acceptance acceptance) {
        return new Finding(ruleId, severity, entryType, entryId, reference, name, businessFunction, message, legalReference, resolution,
                true, acceptance);
    }
}
