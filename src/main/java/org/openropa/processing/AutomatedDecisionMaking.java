package org.openropa.processing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Automated decision-making including profiling (Articles 22A to 22D). */
public record AutomatedDecisionMaking(
        Boolean exists,
        Boolean significant,
        Boolean usesSpecialCategoryData,
        @Size(max = 4000) String logicSummary,
        @Size(max = 4) List<@NotNull AdmSafeguard> safeguards) {
}
