package org.openropa.common.query;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Clock;
import java.time.Instant;

/** The instant a read asks about ("the record as it stood then"), declared once for every read that takes it. */
public record AsAt(
        @Parameter(description = "The record as it stood at this instant (ISO 8601, e.g. 2026-03-31T00:00:00Z, or a date for its start); "
                + "an instant in the future gives the current state", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
        @QueryParam("asAt") String asAt) {

    /** The instant, when one in the past was asked for; null for the current state. A value that is not a time is a 400. */
    public Instant past(Clock clock) {
        Instant at = QueryParams.timestamp("asAt", asAt);
        return at == null || !at.isBefore(Instant.now(clock)) ? null : at;
    }
}
