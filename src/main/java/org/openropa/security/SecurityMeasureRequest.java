package org.openropa.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterRequest;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "SecurityMeasureRequest")
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt"})
public record SecurityMeasureRequest(
        @Schema(examples = "SM-ENC-01", required = true, description = "The organisation-unique reference people use; the path gives it for a create or replace by reference") @Size(min = 1, max = 60) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not start or end with spaces") String reference,
        @Schema(examples = "Encryption of data at rest") @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        @NotNull MeasureKind kind,
        @Schema(description = "Article 32(1) points served: A encryption/pseudonymisation, B confidentiality/integrity/availability/resilience, C restore after incident, D regular testing")
        @Size(max = 4) List<@NotNull Article32Point> article32Points,
        @Schema(description = "Defaults to INTERNAL: only PUBLIC measures appear in outputs meant for the public") Visibility visibility,
        @Size(max = 20) List<@NotNull @Valid Assurance> assurance,
        @Schema(description = "Defaults to ACTIVE") MeasureStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate) implements RegisterRequest {
}
