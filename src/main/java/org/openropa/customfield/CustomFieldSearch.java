package org.openropa.customfield;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the CustomField list, declared once; they combine with AND. */
public record CustomFieldSearch(
        @Parameter(description = "Only fields for this register: INFORMATION_ASSET or PROCESSING_ACTIVITY") @QueryParam("appliesTo") String appliesTo,
        @Parameter(description = "TEXT, NUMBER, DATE, BOOLEAN or ENUM") @QueryParam("type") String type,
        @Parameter(description = "Text in the key, label or description") @QueryParam("q") String q,
        @Parameter(description = "Sort fields, '-' for descending: reference, label, type, createdAt, updatedAt") @QueryParam("sort") String sort) {
}
