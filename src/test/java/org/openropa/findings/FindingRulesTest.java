package org.openropa.findings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openropa.common.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule, with an activity that breaks it and one (the clean baseline) that does not. */
@QuarkusTest
class FindingRulesTest {

    record Case(String ruleId, Consumer<Map<String, Object>> breakIt) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    /** An organisation with a current rule R-1, a retired rule R-OLD, a measure SM-1 and a retired asset IA-OLD. */
    static String organisation() {
        String org = Fixtures.organisation();
        String base = "/v1/organisations/" + org;
        given().contentType(ContentType.JSON).body(Map.of("reference", "R-1", "recordSeries", "Case files", "triggerEvent", "LAST_ACTION",
                "period", "P6Y", "disposalAction", "DESTROY", "nextReviewDate", "2099-01-01")).post(base + "/retention-rules").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "R-OLD", "recordSeries", "Old case files", "triggerEvent", "LAST_ACTION",
                "period", "P6Y", "disposalAction", "DESTROY", "status", "RETIRED")).post(base + "/retention-rules").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "SM-1", "name", "Encryption", "kind", "TECHNICAL"))
                .post(base + "/security-measures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "IA-OLD", "name", "Old system", "assetType", "DATABASE", "status", "RETIRED",
                "owner", Map.of("name", "Head of ICT"))).post(base + "/information-assets").then().statusCode(201);
        return org;
    }

    /** An activity that breaks no rule. */
    static Map<String, Object> clean(String reference) {
        Map<String, Object> a = new HashMap<>();
        a.put("reference", reference);
        a.put("name", "Parking permits");
        a.put("status", "ACTIVE");
        a.put("purposes", List.of(Map.of("description", "Issuing parking permits", "lawfulBasis", "E_PUBLIC_TASK",
                "legalReference", "Road Traffic Regulation Act 1984 s.45")));
        a.put("personalDataCategories", List.of(Map.of("name", "Contact details")));
        a.put("retentionRules", List.of("R-1"));
        a.put("securityMeasures", List.of("SM-1"));
        a.put("dpia", Map.of("required", false, "status", "NOT_REQUIRED"));
        a.put("lastReviewedDate", "2026-01-01");
        a.put("nextReviewDate", "2099-01-01");
        return a;
    }

    private static Map<String, Object> purpose(String basis) {
        return new HashMap<>(Map.of("description", "A purpose", "lawfulBasis", basis));
    }

    private static Map<String, Object> adm(List<String> safeguards, boolean special) {
        return Map.of("exists", true, "significant", true, "solelyAutomated", true, "usesSpecialCategoryData", special, "safeguards", safeguards);
    }

    private static final List<String> ALL_SAFEGUARDS = List.of("INFORM", "REPRESENTATIONS", "HUMAN_INTERVENTION", "CONTEST");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("PURPOSE_MISSING", a -> a.put("purposes", List.of())),
                new Case("RLI_ANNEX1_CONDITION_MISSING", a -> a.put("purposes", List.of(purpose("EA_RECOGNISED_LEGITIMATE_INTEREST")))),
                new Case("PUBLIC_AUTHORITY_LEGITIMATE_INTERESTS", a -> {
                    a.put("purposes", List.of(purpose("F_LEGITIMATE_INTERESTS")));
                    a.put("legitimateInterestsAssessmentUrl", "https://intranet.example.gov.uk/lia");
                }),
                new Case("ART9_CONDITION_MISSING", a -> a.put("personalDataCategories", List.of(Map.of("name", "Health", "specialCategory", "HEALTH")))),
                new Case("SCHEDULE1_CONDITION_MISSING", a -> {
                    a.put("personalDataCategories", List.of(Map.of("name", "Health", "specialCategory", "HEALTH")));
                    a.put("specialCategoryConditions", List.of("G_SUBSTANTIAL_PUBLIC_INTEREST"));
                }),
                new Case("APPROPRIATE_POLICY_DOCUMENT_MISSING", a -> {
                    a.put("personalDataCategories", List.of(Map.of("name", "Health", "specialCategory", "HEALTH")));
                    a.put("specialCategoryConditions", List.of("G_SUBSTANTIAL_PUBLIC_INTEREST"));
                    a.put("schedule1Conditions", List.of("P2_06_STATUTORY_GOVERNMENT"));
                }),
                new Case("APPROPRIATE_POLICY_DOCUMENT_NOT_COMPLIANT", a -> a.put("appropriatePolicyDocument",
                        Map.of("url", "https://www.example.gov.uk/apd", "compliant", false))),
                new Case("ART10_BASIS_MISSING", a -> a.put("personalDataCategories", List.of(Map.of("name", "Convictions", "criminalOffence", true)))),
                new Case("LEGITIMATE_INTERESTS_ASSESSMENT_MISSING", a -> a.put("purposes", List.of(purpose("F_LEGITIMATE_INTERESTS")))),
                new Case("CONSENT_RECORD_MISSING", a -> a.put("purposes", List.of(purpose("A_CONSENT")))),
                new Case("TRANSFER_WITHOUT_SAFEGUARD", a -> a.put("transfers", List.of(Map.of("country", "BR", "recipient", "Print bureau")))),
                new Case("ADEQUACY_RELIED_ON_WITHOUT_ADEQUACY", a -> a.put("transfers", List.of(Map.of("country", "BR", "mechanism", "UK_ADEQUACY_REGULATIONS")))),
                new Case("PARTIAL_ADEQUACY_SCOPE_UNCHECKED", a -> a.put("transfers", List.of(Map.of("country", "US", "mechanism", "UK_ADEQUACY_REGULATIONS")))),
                new Case("TRANSFER_RISK_ASSESSMENT_MISSING", a -> a.put("transfers", List.of(Map.of("country", "BR", "mechanism", "IDTA")))),
                new Case("ART49_SAFEGUARDS_UNDOCUMENTED", a -> a.put("transfers", List.of(Map.of("country", "BR", "mechanism", "ART49_COMPELLING_LEGITIMATE_INTERESTS")))),
                new Case("RECIPIENT_ABROAD_WITHOUT_TRANSFER", a -> a.put("recipients", List.of(Map.of("name", "Call centre", "type", "PROCESSOR", "country", "IN")))),
                new Case("RETENTION_RULE_MISSING", a -> a.put("retentionRules", List.of())),
                new Case("RETENTION_RULE_RETIRED_OR_OVERDUE", a -> a.put("retentionRules", List.of("R-OLD"))),
                new Case("SECURITY_MEASURES_MISSING", a -> a.put("securityMeasures", List.of())),
                new Case("DPIA_NOT_RECORDED", a -> {
                    a.put("children", true);
                    a.remove("dpia");
                }),
                new Case("DPIA_NOT_COMPLETED", a -> a.put("dpia", Map.of("required", true, "status", "IN_PROGRESS", "url", "https://intranet.example.gov.uk/dpia"))),
                new Case("ADM_SAFEGUARDS_MISSING", a -> a.put("automatedDecisionMaking", adm(List.of("INFORM"), false))),
                new Case("ADM_ON_RECOGNISED_LEGITIMATE_INTEREST", a -> {
                    a.put("automatedDecisionMaking", adm(ALL_SAFEGUARDS, false));
                    Map<String, Object> p = purpose("EA_RECOGNISED_LEGITIMATE_INTEREST");
                    p.put("recognisedLegitimateInterestCondition", "CRIME");
                    a.put("purposes", List.of(p));
                }),
                new Case("ADM_SPECIAL_CATEGORY_CONDITIONS", a -> a.put("automatedDecisionMaking", adm(ALL_SAFEGUARDS, true))),
                new Case("PROCESSOR_CONTRACT_MISSING", a -> a.put("processors", List.of(Map.of("name", "Mailing house")))),
                new Case("PROCESSOR_CONTRACT_ENDED", a -> a.put("processors", List.of(Map.of("name", "Mailing house",
                        "contractUrl", "https://contracts.example.gov.uk/mail", "contractEndDate", "2020-01-01")))),
                new Case("PROCESSOR_RECORD_CATEGORIES_MISSING", a -> {
                    a.put("recordType", "PROCESSOR");
                    a.put("controllers", List.of(Map.of("name", "St Mary's School")));
                }),
                new Case("PART3_SECTION35_BASIS_MISSING", a -> {
                    a.put("regime", "DPA2018_PART3_LAW_ENFORCEMENT");
                    a.put("purposes", List.of(Map.of("description", "Prosecutions")));
                    a.put("lawEnforcement", Map.of("loggingStatement", "Logged"));
                }),
                new Case("PART3_SENSITIVE_PROCESSING_CONDITION_MISSING", a -> {
                    a.put("regime", "DPA2018_PART3_LAW_ENFORCEMENT");
                    a.put("purposes", List.of(Map.of("description", "Prosecutions")));
                    a.put("lawEnforcement", Map.of("section35Basis", "NECESSARY_FOR_COMPETENT_AUTHORITY_TASK", "loggingStatement", "Logged"));
                    a.put("personalDataCategories", List.of(Map.of("name", "Health of victims", "specialCategory", "HEALTH")));
                }),
                new Case("PART3_LOGGING_UNDESCRIBED", a -> {
                    a.put("regime", "DPA2018_PART3_LAW_ENFORCEMENT");
                    a.put("purposes", List.of(Map.of("description", "Prosecutions")));
                    a.put("lawEnforcement", Map.of("section35Basis", "NECESSARY_FOR_COMPETENT_AUTHORITY_TASK"));
                }),
                new Case("REVIEW_OVERDUE", a -> a.put("nextReviewDate", "2020-01-01")),
                new Case("NEVER_REVIEWED", a -> a.remove("lastReviewedDate")),
                new Case("ACTIVITY_USES_RETIRED_ASSET", a -> a.put("informationAssets", List.of("IA-OLD"))));
    }

    static List<String> rulesFoundOn(String org, String reference) {
        return given().queryParam("reference", reference).get("/v1/organisations/" + org + "/findings").then().statusCode(200)
                .extract().path("items.ruleId");
    }

    @Test
    void theCleanActivityBreaksNoRule() {
        String org = organisation();
        given().contentType(ContentType.JSON).body(clean("PA-OK")).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
        assertEquals(List.of(), rulesFoundOn(org, "PA-OK"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anActivityBreakingTheRuleIsFoundAndTheCleanOneIsNot(Case c) {
        String org = organisation();
        Map<String, Object> broken = clean("PA-BAD");
        c.breakIt().accept(broken);
        given().contentType(ContentType.JSON).body(broken).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
        given().contentType(ContentType.JSON).body(clean("PA-OK")).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
        assertTrue(rulesFoundOn(org, "PA-BAD").contains(c.ruleId()), c.ruleId() + " found: " + rulesFoundOn(org, "PA-BAD"));
        assertTrue(!rulesFoundOn(org, "PA-OK").contains(c.ruleId()), c.ruleId() + " not on the clean activity");
    }

    @Test
    void anAssetWithoutAnOwnerIsFound() {
        String org = organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "IA-1", "name", "Spreadsheet", "assetType", "SPREADSHEET"))
                .post("/v1/organisations/" + org + "/information-assets").then().statusCode(201);
        assertTrue(rulesFoundOn(org, "IA-1").contains("ASSET_OWNER_MISSING"));
        assertTrue(!rulesFoundOn(org, "IA-OLD").contains("ASSET_OWNER_MISSING"));
    }

    @Test
    void anAssetHoldingPersonalDataThatNoActivityUsesIsFound() {
        String org = organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "IA-1", "name", "Spreadsheet", "assetType", "SPREADSHEET",
                "containsPersonalData", true, "owner", Map.of("name", "Head of Service"))).post("/v1/organisations/" + org + "/information-assets")
                .then().statusCode(201);
        assertTrue(rulesFoundOn(org, "IA-1").contains("ASSET_PERSONAL_DATA_UNLINKED"));
        Map<String, Object> uses = clean("PA-1");
        uses.put("informationAssets", List.of("IA-1"));
        given().contentType(ContentType.JSON).body(uses).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
        assertTrue(!rulesFoundOn(org, "IA-1").contains("ASSET_PERSONAL_DATA_UNLINKED"));
    }

    @Test
    void aPublicAuthorityWithoutDpoIcoNumberOrComplaintsRouteIsFoundUntilItRecordsThem() {
        String org = organisation();
        assertTrue(rulesFoundOn(org, org).containsAll(List.of("DPO_MISSING", "ICO_REGISTRATION_MISSING", "COMPLAINTS_ROUTE_MISSING")));
        String etag = given().get("/v1/organisations/" + org).header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of(
                        "dataProtectionOfficer", Map.of("name", "DPO", "email", "dpo@example.gov.uk"), "icoRegistrationNumber", "ZA123456",
                        "complaints", Map.of("url", "https://www.example.gov.uk/complaints")))
                .patch("/v1/organisations/" + org).then().statusCode(200);
        assertEquals(List.of(), rulesFoundOn(org, org));
    }
}
