package org.openropa.processing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The Article 10 basis for criminal offence data: official authority (with its reference), or Schedule 1 conditions. */
public record CriminalOffenceData(
        Boolean officialAuthority,
        @Size(max = 500) String officialAuthorityReference,
        @Size(max = 40) List<@NotNull @Size(max = 60) String> schedule1Conditions) {
}
