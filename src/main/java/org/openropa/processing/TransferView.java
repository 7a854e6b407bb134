package org.openropa.processing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.reference.Adequacy;
import org.openropa.reference.TransferMechanism;

@Schema(name = "TransferView")
public record TransferView(
        String country,
        @Schema(description = "Name of the destination, from reference data") String countryName,
        String internationalOrganisation,
        @Schema(description = "UK adequacy of the destination, from reference data (NONE for an international organisation other than the EU's)")
        Adequacy adequacy,
        String recipient,
        TransferMechanism mechanism,
        String safeguardsUrl,
        TransferRiskAssessment transferRiskAssessment,
        @Schema(description = "For a PARTIAL approval: whether the recipient is within its scope, as the organisation recorded it") Boolean recipientWithinScope,
        String scopeEvidenceUrl) {
}
