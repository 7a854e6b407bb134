package org.openropa.processing;


import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the data come from, and whether that source is publicly accessible (Article 14(2)(f)). */
public record Source(
        @NotNull DataSource type,
        @Size(max = 1000) String description,
        Boolean publiclyAccessible) {
}
