package org.openropa.processing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.LinkRef;

/**
 * A retention rule the activity follows, optionally for one of its personal data categories. A request may
 * give just the rule's id or reference as a string.
 */
@JsonIgnoreProperties(value = {"summary"})
@Schema(name = "RetentionRuleLinkRequest")
public record RetentionRuleLink(
        @Schema(description = "The rule's id or reference") LinkRef retentionRule,
        @Schema(description = "Name of one of the activity's personal data categories the rule is for") @Size(max = 300) String personalDataCategory) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RetentionRuleLink of(String key) {
        return new RetentionRuleLink(LinkRef.of(key), null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static RetentionRuleLink of(@JsonProperty("retentionRule") LinkRef retentionRule,
                                       @JsonProperty("personalDataCategory") String personalDataCategory) {
        return new RetentionRuleLink(retentionRule, personalDataCategory);
    }
}
