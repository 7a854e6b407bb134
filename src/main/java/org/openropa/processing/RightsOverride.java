package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openropa.reference.DataSubjectRight;

import java.util.List;

/** Rights stated instead of those the lawful bases give, with the reason. */
public record RightsOverride(
        @NotNull @Size(max = 20) List<@NotNull DataSubjectRight> rights,
        @NotBlank @Size(max = 2000) String reason) {
}
