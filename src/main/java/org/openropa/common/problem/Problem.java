package org.openropa.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body, the only shape any error response has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(examples = "/problems/validation-error") String type,
        @Schema(examples = "Request body failed validation") String title,
        @Schema(examples = "400") int status,
        String detail,
        @Schema(examples = "/v1/organisations") String instance,
        @Schema(description = "For validation problems: each invalid field") List<FieldError> errors,
        @Schema(description = "Correlates a 500 with the server log") String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
