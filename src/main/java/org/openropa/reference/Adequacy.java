package org.openropa.reference;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether UK adequacy regulations cover a destination: FULL, PARTIAL (with its scope) or NONE. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Adequacy")
public record Adequacy(
        @Schema(enumeration = {"FULL", "PARTIAL", "NONE"}) String status,
        @Schema(description = "What a PARTIAL finding covers, or what a NONE destination needs") String scopeNote,
        @Schema(description = "The regulations or provision the finding rests on") String instrument) {
}
