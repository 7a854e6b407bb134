package org.openropa.findings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FindingAcceptance", requiredProperties = {"id", "reference", "ruleId", "entryType", "entryId", "entryReference",
        "findingMessage", "reason", "acceptedBy", "expiresDate", "createdAt", "updatedAt"})
public record FindingAcceptanceResponse(UUID id, String reference, String ruleId, String entryType, String entryId, String entryReference,
                                        @Schema(description = "The finding as it read when accepted; the acceptance lapses when it changes") String findingMessage,
                                        String reason, String acceptedBy, LocalDate expiresDate, Instant createdAt, Instant updatedAt)
        implements RegisterResponse {

    static FindingAcceptanceResponse of(FindingAcceptance a) {
        return new FindingAcceptanceResponse(a.id, a.reference, a.ruleId, a.entryType, a.entryId, a.entryReference, a.findingMessage,
                a.reason, a.acceptedBy, a.expiresDate, a.createdAt, a.updatedAt);
    }
}
