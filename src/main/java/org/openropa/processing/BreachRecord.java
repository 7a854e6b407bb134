package org.openropa.processing;

import jakarta.validation.constraints.Size;
import org.openropa.common.HttpUrl;

import java.time.LocalDate;

/** A personal data breach that affected the activity, and where its record is kept (Article 33(5)). */
public record BreachRecord(
        LocalDate occurredDate,
        @HttpUrl @Size(max = 2048) String recordUrl,
        @Size(max = 2000) String summary) {
}
