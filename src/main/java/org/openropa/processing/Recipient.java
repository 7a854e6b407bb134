package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient or category of recipients (Article 30(1)(d)). */
public record Recipient(
        @Schema(examples = "HM Revenue and Customs") @NotBlank @Size(max = 300) String name,
        RecipientRole type,
        @Schema(description = "Country code from /v1/reference/countries", examples = "GB") @Size(max = 2) String country,
        @Schema(description = "Whether it processes the data on the organisation's behalf") Boolean processor) {
}
