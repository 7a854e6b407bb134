package org.openropa.processing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What a law-enforcement record (DPA 2018 Part 3, regime DPA2018_PART3_LAW_ENFORCEMENT) states in place of the
 * UK GDPR's lawful bases and conditions: the s.31 purposes, the s.35 basis, the Schedule 8 conditions for sensitive
 * processing with their appropriate policy document (s.42), profiling (s.61(2)) and the logging of s.62.
 */
@Schema(name = "LawEnforcementProcessing")
public record LawEnforcementProcessing(
        @Schema(description = "The law-enforcement purposes (DPA 2018 s.31) the processing serves")
        @Size(max = 6) List<@NotNull LawEnforcementPurpose> purposes,
        @Schema(description = "The enactment giving the organisation the statutory law-enforcement function that makes it a competent authority (s.30(1)(b))",
                examples = "Consumer Protection from Unfair Trading Regulations 2008 reg. 19")
        @Size(max = 500) String statutoryFunction,
        @Schema(description = "The s.35(2) basis of the processing") Section35Basis section35Basis,
        @Schema(description = "Sensitive processing (s.35(8)): DPA 2018 Schedule 8 condition codes from /v1/reference/schedule-8-conditions")
        @Size(max = 9) List<@NotNull @Size(max = 60) String> sensitiveProcessingConditions,
        @Schema(description = "The appropriate policy document sensitive processing needs (s.35(4)(b), (5)(c) and s.42)")
        @Valid AppropriatePolicyDocument appropriatePolicyDocument,
        @Schema(description = "Whether the processing involves profiling (s.61(2))") Boolean profiling,
        @Size(max = 2000) String profilingDescription,
        @Schema(description = "How the logs s.62 requires (collection, alteration, consultation, disclosure, combination, erasure) are kept")
        @Size(max = 4000) String loggingStatement) {
}
