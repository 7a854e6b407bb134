package org.openropa.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: a JSON pointer into the body (or a query parameter name) and what is wrong. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(examples = "#/dataProtectionOfficer/email") String pointer,
        @Schema(examples = "must be a well-formed email address") String detail) {
}
