package org.openropa.processing;

import org.openropa.common.HttpUrl;

import java.time.LocalDate;

public record TransferRiskAssessment(
        TraMethod method,
        LocalDate date,
        TraOutcome outcome,
        @HttpUrl String url) {
}
