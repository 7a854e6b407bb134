package org.openropa.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openropa.common.HttpUrl;

import java.time.LocalDate;

/** Evidence that a measure works: a certification or assessment (Cyber Essentials Plus, ISO 27001, DSPT...). */
public record Assurance(
        @NotBlank @Size(max = 200) String scheme,
        @Size(max = 200) String certificateReference,
        LocalDate achievedDate,
        LocalDate expiryDate,
        @HttpUrl @Size(max = 2048) String evidenceUrl) {
}
