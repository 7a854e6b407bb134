package org.openropa.processing;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** An organisation with a rule, measures and an asset to link to, and an activity holding every field. */
final class ActivityFixtures {

    private ActivityFixtures() {
    }

    static void registers(String org) {
        given().contentType(ContentType.JSON).body(Map.of("reference", "FIN-06", "recordSeries", "Council tax accounts",
                        "triggerEvent", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "period", "P6Y", "disposalAction", "SECURE_DESTROY",
                        "rationaleCitation", "Limitation Act 1980 s.5"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "CCTV-01", "recordSeries", "CCTV footage",
                        "triggerEvent", "DATE_OF_RECORDING", "period", "P30D", "disposalAction", "SECURE_DESTROY"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        for (String m : List.of("SM-ENC", "SM-MFA")) {
            given().contentType(ContentType.JSON).body(Map.of("reference", m, "name", "Measure " + m, "kind", "TECHNICAL"))
                    .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(Map.of("reference", "IA-REV", "name", "Revenues system", "assetType", "APPLICATION_SYSTEM"))
                .post("/v1/organisations/" + org + "/information-assets").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "ctaxBand", "label", "Band", "type", "TEXT",
                        "appliesTo", List.of("PROCESSING_ACTIVITY")))
                .post("/v1/organisations/" + org + "/custom-fields").then().statusCode(201);
    }

    /** A law-enforcement (DPA 2018 Part 3) record: trading standards prosecutions, with sensitive processing. */
    static Map<String, Object> lawEnforcement(String reference) {
        Map<String, Object> a = new HashMap<>();
        a.put("reference", reference);
        a.put("name", "Trading standards investigations and prosecutions");
        a.put("regime", "DPA2018_PART3_LAW_ENFORCEMENT");
        a.put("purposes", List.of(Map.of("description", "Investigating and prosecuting consumer protection offences",
                "purposeClass", "ENFORCEMENT_LICENSING")));
        a.put("lawEnforcement", Map.of(
                "purposes", List.of("INVESTIGATION_OF_CRIMINAL_OFFENCES", "PROSECUTION_OF_CRIMINAL_OFFENCES"),
                "statutoryFunction", "Consumer Protection from Unfair Trading Regulations 2008 reg. 19",
                "section35Basis", "NECESSARY_FOR_COMPETENT_AUTHORITY_TASK",
                "sensitiveProcessingConditions", List.of("SCH8_01_STATUTORY_PURPOSES", "sch8_06_legal_claims"),
                "appropriatePolicyDocument", Map.of("url", "https://www.example.gov.uk/apd-part3", "compliant", true),
                "profiling", false,
                "loggingStatement", "The case system logs each collection, alteration, consultation, disclosure, combination and erasure."));
        a.put("personalDataCategories", List.of(Map.of("name", "Health of victims", "specialCategory", "HEALTH")));
        return a;
    }

    static Map<String, Object> full(String reference) {
        Map<String, Object> a = new HashMap<>();
        a.put("reference", reference);
        a.put("name", "Council tax billing and collection");
        a.put("description", "Billing, collecting and recovering council tax");
        a.put("businessFunction", "FIN");
        a.put("recordType", "CONTROLLER");
        a.put("status", "ACTIVE");
        a.put("owner", Map.of("name", "Head of Revenues", "role", "Service owner", "email", "revenues@example.gov.uk"));
        a.put("regime", "UK_GDPR");
        a.put("purposes", List.of(
                Map.of("description", "Billing and collecting council tax", "purposeClass", "FINANCE_REVENUES",
                        "lawfulBasis", "E_PUBLIC_TASK", "legalReference", "Local Government Finance Act 1992 s.1"),
                Map.of("description", "Recovering arrears through the courts", "lawfulBasis", "C_LEGAL_OBLIGATION",
                        "legalReference", "Council Tax (Administration and Enforcement) Regulations 1992")));
        a.put("legitimateInterests", "Not applicable");
        a.put("legitimateInterestsAssessmentUrl", "https://intranet.example.gov.uk/lia/ctax");
        a.put("specialCategoryConditions", List.of("G_SUBSTANTIAL_PUBLIC_INTEREST"));
        a.put("schedule1Conditions", List.of("P2_06_STATUTORY_GOVERNMENT"));
        a.put("appropriatePolicyDocument", Map.of("url", "https://www.example.gov.uk/apd", "compliant", false,
                "nonComplianceReason", "Legacy paper files awaiting review"));
        a.put("criminalOffenceData", Map.of("officialAuthority", true, "officialAuthorityReference", "Local Government Finance Act 1992",
                "schedule1Conditions", List.of("P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS")));
        a.put("dataSubjectCategories", List.of(Map.of("name", "Council tax payers", "description", "Liable residents", "vulnerable", false)));
        a.put("personalDataCategories", List.of(
                Map.of("name", "Financial details", "description", "Bank account for direct debit"),
                Map.of("name", "Disability reduction evidence", "specialCategory", "HEALTH", "criminalOffence", false)));
        a.put("children", false);
        a.put("sources", List.of(Map.of("type", "DATA_SUBJECT_DIRECT", "description", "Application forms", "publiclyAccessible", false)));
        a.put("recipients", List.of(Map.of("name", "Enforcement agents", "type", "PROCESSOR", "country", "GB", "processor", true),
                Map.of("name", "HM Revenue and Customs", "type", "PUBLIC_AUTHORITY", "country", "GB", "processor", false)));
        a.put("jointControllers", List.of(Map.of("name", "County Council", "email", "dpo@county.example.gov.uk")));
        a.put("processors", List.of(Map.of("name", "Revenues Software Ltd", "contractUrl", "https://contracts.example.gov.uk/rev",
                "contractEndDate", "2028-03-31")));
        a.put("controllers", List.of());
        a.put("categoriesOfProcessing", List.of());
        a.put("transfers", List.of(Map.of("country", "US", "recipient", "Cloud Mail Inc", "mechanism", "UK_ADEQUACY_REGULATIONS",
                        "safeguardsUrl", "https://contracts.example.gov.uk/dpf", "recipientWithinScope", true,
                        "scopeEvidenceUrl", "https://www.dataprivacyframework.gov/list"),
                Map.of("country", "BR", "recipient", "Print bureau", "mechanism", "IDTA",
                        "transferRiskAssessment", Map.of("method", "ICO_TOOL", "date", "2026-05-01", "outcome", "PROCEED",
                                "url", "https://intranet.example.gov.uk/tra/1"))));
        a.put("retentionRules", List.of(Map.of("retentionRule", "FIN-06", "personalDataCategory", "Financial details"), "CCTV-01"));
        a.put("securityMeasures", List.of("SM-ENC", "SM-MFA"));
        a.put("securityDescription", "Encrypted servers, multi-factor authentication, role-based access");
        a.put("informationAssets", List.of("IA-REV"));
        a.put("automatedDecisionMaking", Map.of("exists", false, "significant", false, "solelyAutomated", false, "usesSpecialCategoryData", false,
                "logicSummary", "None", "safeguards", List.of()));
        a.put("dpia", Map.of("required", true, "screeningTriggers", List.of("DATA_MATCHING"), "status", "SIGNED_OFF",
                "url", "https://intranet.example.gov.uk/dpia/ctax", "screenedDate", "2025-01-10", "signedOffDate", "2025-03-01",
                "nextReviewDate", "2027-03-01"));
        a.put("consentRecordUrl", "https://intranet.example.gov.uk/consent/none");
        a.put("breachRecords", List.of(Map.of("occurredDate", "2025-06-01", "recordUrl", "https://intranet.example.gov.uk/breach/7",
                "summary", "Letter sent to wrong address")));
        a.put("privacyNoticeUrl", "https://www.example.gov.uk/privacy/council-tax");
        a.put("rightsOverride", null);
        a.put("lastReviewedDate", "2026-04-01");
        a.put("nextReviewDate", "2027-04-01");
        a.put("customFields", Map.of("ctaxBand", "All bands"));
        return a;
    }
}
