package org.openropa.retention;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterRequest;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "RetentionRuleRequest")
@JsonIgnoreProperties(value = {"id", "summary", "disposalSuspended", "activeLegalHolds", "createdAt", "updatedAt"})
public record RetentionRuleRequest(
        @Schema(examples = "FIN-06", required = true, description = "The organisation-unique reference people use; the path gives it for a create or replace by reference") @Size(min = 1, max = 60) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") String reference,
        @Schema(examples = "Accounts payable and receivable") @NotBlank @Size(max = 300) String recordSeries,
        @Size(max = 4000) String description,
        @Schema(description = "Function or activity the series belongs to (e.g. an LGCS function)") @Size(max = 200) String function,
        @NotNull RetentionTrigger triggerEvent,
        @Schema(description = "What the trigger means for this series (required for EVENT_SPECIFIC)") @Size(max = 1000) String triggerDescription,
        @Schema(description = "ISO 8601 duration of years, months, weeks and days (P6Y, P30D, P1Y6M), or PERMANENT", examples = "P6Y")
        @NotNull @Size(max = 20) @Pattern(regexp = RetentionPeriod.PATTERN, message = "must be an ISO 8601 duration such as P6Y, P30D or P1Y6M, or PERMANENT") String period,
        @NotNull DisposalAction disposalAction,
        RationaleType rationaleType,
        @Schema(examples = "Limitation Act 1980 s.5") @Size(max = 500) String rationaleCitation,
        @Size(max = 50) List<@NotNull @Valid LegalHold> legalHolds,
        @Schema(description = "Defaults to ACTIVE") RetentionRuleStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate) implements RegisterRequest {
}
