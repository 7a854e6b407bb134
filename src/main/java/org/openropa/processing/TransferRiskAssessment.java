package org.openropa.processing;

import jakarta.validation.constraints.Size;

import org.openropa.common.HttpUrl;

import java.time.LocalDate;

public record TransferRiskAssessment(
        TraMethod method,
        LocalDate date,
        TraOutcome outcome,
        @HttpUrl @Size(max = 2048) String url) {
}
