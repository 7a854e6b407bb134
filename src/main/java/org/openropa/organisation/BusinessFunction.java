package org.openropa.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A directorate or service of the organisation; activities and assets name it by reference. */
public record BusinessFunction(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be letters, digits, '.', '_' or '-'") String reference,
        @NotBlank @Size(max = 200) String name) {
}
