package org.openropa.processing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.HttpUrl;
import org.openropa.reference.TransferMechanism;

/** A transfer to a third country or international organisation (Article 30(1)(e)); adequacy is never taken from the caller. */
@JsonIgnoreProperties(value = {"countryName", "adequacy"})
public record Transfer(
        @Schema(description = "Destination code from /v1/reference/countries (EU for EU institutions)", examples = "US") @Size(max = 2) String country,
        @Schema(description = "Name of the international organisation, when the destination is one") @Size(max = 300) String internationalOrganisation,
        @Schema(examples = "Google LLC") @Size(max = 300) String recipient,
        TransferMechanism mechanism,
        @HttpUrl @Size(max = 2048) String safeguardsUrl,
        @Valid TransferRiskAssessment transferRiskAssessment,
        @Schema(description = "For a destination with PARTIAL approval (adequacy): whether the recipient is within its scope, e.g. certified under the UK Extension to the Data Privacy Framework")
        Boolean recipientWithinScope,
        @Schema(description = "Evidence that the recipient is within the scope (e.g. its Data Privacy Framework list entry)") @HttpUrl @Size(max = 2048) String scopeEvidenceUrl) {
}
