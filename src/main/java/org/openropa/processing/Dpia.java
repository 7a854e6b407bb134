package org.openropa.processing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openropa.common.HttpUrl;
import org.openropa.reference.DpiaTrigger;

import java.time.LocalDate;
import java.util.List;

/** The data protection impact assessment (Article 35). */
public record Dpia(
        Boolean required,
        @Size(max = 30) List<@NotNull DpiaTrigger> screeningTriggers,
        DpiaStatus status,
        @HttpUrl @Size(max = 2048) String url,
        LocalDate screenedDate,
        LocalDate signedOffDate,
        LocalDate nextReviewDate) {
}
