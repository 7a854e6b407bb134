package org.openropa.findings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The findings of a register: counts by severity and by rule (accepted findings left out of both), and the findings. */
@Schema(name = "FindingReport", requiredProperties = {"organisationId", "evaluatedAt", "total", "accepted", "countsBySeverity", "countsByRule", "items"})
public record FindingReport(
        String organisationId,
        @Schema(description = "The instant the record was evaluated as it stood, when asAt was given") Instant asAt,
        Instant evaluatedAt,
        @Schema(description = "Findings matching the filters, accepted ones left out") long total,
        @Schema(description = "Findings matching the filters that a DPO accepted (listed only with include=accepted)") long accepted,
        Map<Severity, Long> countsBySeverity,
        Map<String, Long> countsByRule,
        List<Finding> items) {
}
