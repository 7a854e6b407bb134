package org.openropa.reference;

import org.openropa.common.query.Where;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One entry of a reference list. Every entry has code, label, description and source; the other
 * fields belong to particular lists and are left out elsewhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReferenceEntry", requiredProperties = {"code", "label", "description", "source"})
public record ReferenceEntry(
        @Schema(description = "Stable code used in the API", examples = "E_PUBLIC_TASK") String code,
        @Schema(description = "The law's own label", examples = "Public task") String label,
        String description,
        @Schema(description = "Where the entry comes from", examples = "UK GDPR Article 6(1)(e)") String source,
        @Schema(description = "lawful-bases, special-category-conditions, data-subject-rights: the article") String article,
        @Schema(description = "lawful-bases, special-category-conditions: the statute's own words (the label is the ICO's short name)") String statutoryText,
        @Schema(description = "lawful-bases: whether a statute and section should be recorded with it") Boolean legalReferenceExpected,
        @Schema(description = "lawful-bases: whether a public authority may rely on it to perform its tasks") Boolean availableToPublicAuthorityForTasks,
        @Schema(description = "special-category-conditions: whether a DPA 2018 Schedule 1 condition is also needed") Boolean requiresSchedule1Condition,
        @Schema(description = "special-category-conditions: which Schedule 1 conditions") String schedule1Conditions,
        @Schema(description = "schedule-1-conditions: Part 1, 2 or 3") Integer part,
        String partName,
        @Schema(description = "schedule-1-conditions: paragraph number") Integer paragraph,
        @Schema(description = "schedule-1-conditions, schedule-8-conditions: whether an appropriate policy document is needed") Boolean appropriatePolicyDocumentRequired,
        @Schema(description = "schedule-1-conditions, schedule-8-conditions: the provision that decides whether one is needed") String appropriatePolicyDocumentProvision,
        @Schema(description = "schedule-1-conditions: usable for criminal offence data") Boolean usableForCriminalOffenceData,
        @Schema(description = "schedule-1-conditions: usable for special category data") Boolean usableForSpecialCategoryData,
        String note,
        @Schema(description = "countries: COUNTRY or INTERNATIONAL_ORGANISATION; security-classifications: CLASSIFICATION or HANDLING_MARKING; dpia-triggers: ARTICLE_35_3, ICO_LIST or WP248_CRITERION")
        String kind,
        @Schema(description = "countries: in the European Economic Area") Boolean eea,
        @Schema(description = "countries: UK adequacy") Adequacy adequacy,
        @Schema(description = "transfer-mechanisms: the provision relied on") String legalBasis,
        @Schema(description = "transfer-mechanisms: a transfer risk assessment is needed") Boolean transferRiskAssessmentRequired,
        @Schema(description = "transfer-mechanisms: usable by a public authority exercising its public powers") Boolean availableToPublicAuthoritiesExercisingPublicPowers,
        @Schema(description = "transfer-mechanisms: an Article 49 exception") Boolean article49Exception,
        @Schema(description = "transfer-mechanisms: Article 30(1)(e) requires the safeguards to be documented") Boolean safeguardDocumentationRequired,
        @Schema(description = "data-subject-rights: the lawful bases under which the right applies (domain matrix)") List<String> lawfulBases,
        @Schema(description = "data-subject-rights: the DPA 2018 Part 3 section giving the right to law-enforcement records; absent where Part 3 has no such right") String part3Provision) {
}
