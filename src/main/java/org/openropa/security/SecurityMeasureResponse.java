package org.openropa.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.RegisterResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "SecurityMeasure", requiredProperties = {"id", "reference", "name", "kind", "article32Points", "visibility", "assurance", "status", "createdAt", "updatedAt"})
public record SecurityMeasureResponse(
        UUID id,
        String reference,
        String name,
        String description,
        MeasureKind kind,
        List<Article32Point> article32Points,
        Visibility visibility,
        List<Assurance> assurance,
        MeasureStatus status,
        LocalDate lastReviewedDate,
        LocalDate nextReviewDate,
        Instant createdAt,
        Instant updatedAt) implements RegisterResponse {

    static SecurityMeasureResponse of(SecurityMeasure m) {
        return new SecurityMeasureResponse(m.id, m.reference, m.name, m.description, m.kind,
                m.article32Points == null ? List.of() : m.article32Points, m.visibility,
                m.assurance == null ? List.of() : m.assurance, m.status, m.lastReviewedDate, m.nextReviewDate,
                m.createdAt, m.updatedAt);
    }
}
