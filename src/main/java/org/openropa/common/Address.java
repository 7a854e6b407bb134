package org.openropa.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A postal address as councils write it: free lines, then town and postcode. */
public record Address(
        @Size(max = 6) List<@NotBlank @Size(max = 200) String> lines,
        @Size(max = 100) String town,
        @Size(max = 16) String postcode) {
}
