package org.openropa.retention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RetentionRule", requiredProperties = {"id", "reference", "recordSeries", "triggerEvent", "period", "disposalAction", "legalHolds", "status", "summary", "disposalSuspended", "createdAt", "updatedAt"})
public record RetentionRuleResponse(
        UUID id,
        String reference,
        String recordSeries,
        String description,
        String function,
        RetentionTrigger triggerEvent,
        String triggerDescription,
        String period,
        DisposalAction disposalAction,
        RationaleType rationaleType,
        String rationaleCitation,
        List<LegalHold> legalHolds,
        RetentionRuleStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        @Schema(description = "The rule in words, as exports print it",
                examples = "Destroy 6 years after the end of the financial year (Limitation Act 1980 s.5)") String summary,
        @Schema(description = "True while a legal hold is active: nothing under this rule may be disposed of") boolean disposalSuspended,
        Instant createdAt,
        Instant updatedAt) implements RegisterResponse {
}
