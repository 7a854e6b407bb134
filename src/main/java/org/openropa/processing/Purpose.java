package org.openropa.processing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.reference.LawfulBasis;

/** One purpose of the activity with its own Article 6 lawful basis. */
public record Purpose(
        @Schema(examples = "Billing and collecting council tax") @NotBlank @Size(max = 2000) String description,
        PurposeClass purposeClass,
        @Schema(description = "The Article 6 lawful basis: required on a UK GDPR record, left out on a Part 3 record (which states its s.35 basis)") LawfulBasis lawfulBasis,
        @Schema(description = "Statute and section for legal obligation or public task", examples = "Local Government Finance Act 1992 s.1")
        @Size(max = 500) String legalReference,
        @Schema(description = "The Annex 1 condition, with recognised legitimate interest") RecognisedLegitimateInterestCondition recognisedLegitimateInterestCondition) {
}
