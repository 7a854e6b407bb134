package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category of people whose data the activity processes. */
public record DataSubjectCategory(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 2000) String description,
        Boolean vulnerable) {
}
