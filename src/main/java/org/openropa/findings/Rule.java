package org.openropa.findings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule the law implies, with a stable id that auditors' scripts use. */
@Schema(name = "Rule", requiredProperties = {"id", "title", "severity", "legalReference", "why", "resolution"})
public record Rule(
        @Schema(examples = "ART9_CONDITION_MISSING") String id,
        String title,
        Severity severity,
        @Schema(description = "The provision: article, section, paragraph", examples = "UK GDPR Article 9(1) and 9(2)") String legalReference,
        @Schema(description = "Why the law asks for it") String why,
        @Schema(description = "What resolves a finding of this rule") String resolution,
        @Schema(description = "The entries the rule looks at: ORGANISATION, PROCESSING_ACTIVITY or INFORMATION_ASSET") String appliesTo) {
}
