package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openropa.common.HttpUrl;

import java.time.LocalDate;

/** A processor acting for the organisation, with its Article 28 contract. */
public record Processor(
        @NotBlank @Size(max = 300) String name,
        @HttpUrl @Size(max = 2048) String contractUrl,
        LocalDate contractEndDate) {
}
