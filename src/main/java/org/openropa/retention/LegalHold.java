package org.openropa.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A hold that suspends disposal (e.g. IICSA, the COVID-19 Inquiry) from its start until its end, if any. */
public record LegalHold(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 1000) String scope,
        @Size(max = 200) String authority,
        @NotNull LocalDate startDate,
        LocalDate endDate) {

    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
