package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Automated decision-making including profiling (Articles 22A to 22D). */
public record AutomatedDecisionMaking(
        @Schema(description = "Whether the activity makes decisions with automated processing") Boolean exists,
        @Schema(description = "Whether such decisions are significant: a legal or similarly significant effect (Article 22A(1)(b))") Boolean significant,
        @Schema(description = "Whether such decisions are based solely on automated processing: no meaningful human involvement (Article 22A(1)(a)); the Article 22C safeguards apply to significant ones")
        Boolean solelyAutomated,
        Boolean usesSpecialCategoryData,
        @Size(max = 4000) String logicSummary,
        @Size(max = 4) List<@NotNull AdmSafeguard> safeguards) {
}
