package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category of personal data, flagged when it is special category data (and which) or criminal offence data. */
public record PersonalDataCategory(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 2000) String description,
        SpecialCategory specialCategory,
        Boolean criminalOffence) {
}
