package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.EntryLink;

@Schema(name = "RetentionRuleLink", requiredProperties = {"retentionRule", "summary"})
public record RetentionRuleLinkView(EntryLink retentionRule, String personalDataCategory,
                                    @Schema(description = "The rule in words") String summary) {
}
