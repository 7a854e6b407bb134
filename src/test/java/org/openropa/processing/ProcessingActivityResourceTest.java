package org.openropa.processing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProcessingActivityResourceTest {

    private static String base(String org) {
        return "/v1/organisations/" + org + "/processing-activities";
    }

    private static Response createFull(String org) {
        ActivityFixtures.registers(org);
        Response created = given().contentType(ContentType.JSON).body(ActivityFixtures.full("PA-001")).post(base(org));
        created.then().statusCode(201);
        return created;
    }

    @Test
    void anActivityHoldingEveryFieldIsStoredWithItsLinksAndComputedValues() {
        String org = Fixtures.organisation();
        createFull(org).then()
                .header("Location", containsString(base(org) + "/"))
                .body("purposes[1].lawfulBasis", equalTo("C_LEGAL_OBLIGATION"))
                .body("retentionRules[0].retentionRule.reference", equalTo("FIN-06"))
                .body("retentionRules[0].personalDataCategory", equalTo("Financial details"))
                .body("retentionRules[0].summary", containsString("Limitation Act 1980"))
                .body("retentionRules[1].retentionRule.reference", equalTo("CCTV-01"))
                .body("securityMeasures.reference", equalTo(List.of("SM-ENC", "SM-MFA")))
                .body("informationAssets[0].reference", equalTo("IA-REV"))
                .body("transfers[0].adequacy.status", equalTo("PARTIAL"))
                .body("customFields.ctaxBand", equalTo("All bands"));
    }

    @Test
    void aReadGivesWhatTheCreateAnswered() {
        String org = Fixtures.organisation();
        Response created = createFull(org);
        assertEquals(created.as(Map.class), given().get(base(org) + "/PA-001").then().statusCode(200).extract().as(Map.class));
    }

    @Test
    void aReadBodySentBackInAPutOrAPatchChangesNothing() {
        String org = Fixtures.organisation();
        Response created = createFull(org);
        Map<String, Object> got = given().get(base(org) + "/PA-001").as(Map.class);
        Map<String, Object> expected = new HashMap<>(got);
        expected.remove("updatedAt");
        Response replaced = given().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag")).body(got).put(base(org) + "/PA-001");
        Map<String, Object> afterPut = replaced.then().statusCode(200).extract().as(Map.class);
        afterPut.remove("updatedAt");
        assertEquals(expected, afterPut);
        Map<String, Object> afterPatch = given().contentType("application/merge-patch+json").header("If-Match", replaced.getHeader("ETag"))
                .body(got).patch(base(org) + "/PA-001").then().statusCode(200).extract().as(Map.class);
        afterPatch.remove("updatedAt");
        assertEquals(expected, afterPatch);
    }

    @Test
    void aLinkedAssetShowsTheActivityBack() {
        String org = Fixtures.organisation();
        createFull(org);
        given().get("/v1/organisations/" + org + "/information-assets/IA-REV").then()
                .body("processingActivities.reference", equalTo(List.of("PA-001")));
    }

    @Test
    void rightsFollowTheLawfulBasis() {
        String org = Fixtures.organisation();
        Map<String, Object> body = Map.of("reference", "PA-R", "name", "Planning applications",
                "purposes", List.of(Map.of("description", "Deciding planning applications", "lawfulBasis", "E_PUBLIC_TASK",
                        "legalReference", "Town and Country Planning Act 1990")));
        Response created = given().contentType(ContentType.JSON).body(body).post(base(org));
        created.then().statusCode(201)
                .body("rights", hasItems("INFORMED", "ACCESS", "RECTIFICATION", "RESTRICTION", "OBJECT"))
                .body("rights", not(hasItem("ERASURE")))
                .body("rights", not(hasItem("PORTABILITY")))
                .body("rights", not(hasItem("WITHDRAW_CONSENT")));
        given().contentType("application/merge-patch+json").header("If-Match", created.getHeader("ETag"))
                .body("{\"purposes\": [{\"description\": \"Newsletter\", \"lawfulBasis\": \"A_CONSENT\"}]}")
                .patch(base(org) + "/PA-R").then().statusCode(200)
                .body("rights", hasItems("ERASURE", "PORTABILITY", "WITHDRAW_CONSENT"))
                .body("rights", not(hasItem("OBJECT")));
        Response current = given().get(base(org) + "/PA-R");
        given().contentType("application/merge-patch+json").header("If-Match", current.getHeader("ETag"))
                .body("{\"rightsOverride\": {\"rights\": [\"ACCESS\"], \"reason\": \"Agreed with the DPO\"}}")
                .patch(base(org) + "/PA-R").then().statusCode(200)
                .body("rights", equalTo(List.of("ACCESS")))
                .body("rightsFromLawfulBases", hasItem("ERASURE"));
    }

    @Test
    void transfersShowAdequacyFromReferenceDataNeverFromTheCaller() {
        String org = Fixtures.organisation();
        Map<String, Object> body = Map.of("reference", "PA-T", "name", "Website analytics",
                "transfers", List.of(Map.of("country", "US", "recipient", "Google LLC", "adequacy", Map.of("status", "FULL")),
                        Map.of("country", "BR"), Map.of("internationalOrganisation", "World Health Organization")));
        given().contentType(ContentType.JSON).body(body).post(base(org)).then().statusCode(201)
                .body("transfers[0].adequacy.status", equalTo("PARTIAL"))
                .body("transfers[0].adequacy.scopeNote", containsString("Data Privacy Framework"))
                .body("transfers[1].adequacy.status", equalTo("NONE"))
                .body("transfers[1].countryName", equalTo("Brazil"))
                .body("transfers[2].adequacy.status", equalTo("NONE"));
    }

    @Test
    void aMalformedUrlIsRefusedNamingTheField() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        Map<String, Object> body = new HashMap<>(ActivityFixtures.full("PA-X"));
        body.put("legitimateInterestsAssessmentUrl", "not a url");
        given().contentType(ContentType.JSON).body(body).post(base(org)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", hasItems("#/legitimateInterestsAssessmentUrl"));
        given().get(base(org) + "/PA-X").then().statusCode(404);
    }

    @Test
    void unknownCodesAndLinksAreEachRefusedNamingTheField() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        Map<String, Object> body = new HashMap<>(ActivityFixtures.full("PA-X"));
        body.put("schedule1Conditions", List.of("P2_06_STATUTORY_GOVERNMENT", "P9_99_MADE_UP"));
        body.put("transfers", List.of(Map.of("country", "QQ")));
        body.put("securityMeasures", List.of("SM-ENC", "SM-NONE"));
        body.put("informationAssets", List.of("IA-NONE"));
        body.put("retentionRules", List.of("NO-RULE", Map.of("retentionRule", "FIN-06", "personalDataCategory", "Shoe sizes")));
        body.put("recipients", List.of(Map.of("name", "Somewhere", "country", "XX")));
        given().contentType(ContentType.JSON).body(body).post(base(org)).then().statusCode(400)
                .body("errors.pointer", hasItems("#/schedule1Conditions/1", "#/transfers/0/country", "#/securityMeasures/1",
                        "#/informationAssets/0", "#/retentionRules/0", "#/retentionRules/1/personalDataCategory", "#/recipients/0/country"));
        given().get(base(org) + "/PA-X").then().statusCode(404);
    }

    @Test
    void aProcessorRecordMustNameAController() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-P", "name", "ICT for schools", "recordType", "PROCESSOR"))
                .post(base(org)).then().statusCode(400).body("errors.pointer", hasItem("#/controllers"));
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-P", "name", "ICT for schools", "recordType", "PROCESSOR",
                        "controllers", List.of(Map.of("name", "Oak Primary School", "contact", Map.of("email", "head@oak.example.sch.uk"))),
                        "categoriesOfProcessing", List.of("Hosting the school MIS")))
                .post(base(org)).then().statusCode(201).body("controllers[0].name", equalTo("Oak Primary School"));
    }

    @Test
    void anUnknownLawfulBasisOrAnImpossibleDateIsRefused() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-L", "name", "X",
                        "purposes", List.of(Map.of("description", "x", "lawfulBasis", "Z_WHIM"))))
                .post(base(org)).then().statusCode(400).body("errors.pointer", hasItem("#/purposes/0/lawfulBasis"));
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-D", "name", "X", "nextReviewDate", "2026-02-30"))
                .post(base(org)).then().statusCode(400).body("errors.pointer", hasItem("#/nextReviewDate"));
    }

    @Test
    void gapsAreRecordedNotRefused() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-G", "name", "Equality monitoring",
                        "personalDataCategories", List.of(Map.of("name", "Ethnicity", "specialCategory", "RACIAL_ETHNIC_ORIGIN")),
                        "purposes", List.of(Map.of("description", "Monitoring", "lawfulBasis", "F_LEGITIMATE_INTERESTS"))))
                .post(base(org)).then().statusCode(201).body("specialCategoryConditions.size()", is(0));
    }

    @Test
    void deletingALinkedAssetIsAConflict() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        given().contentType(ContentType.JSON).body(ActivityFixtures.full("PA-L")).post(base(org)).then().statusCode(201);
        Response asset = given().get("/v1/organisations/" + org + "/information-assets/IA-REV");
        given().header("If-Match", asset.getHeader("ETag")).delete("/v1/organisations/" + org + "/information-assets/IA-REV")
                .then().statusCode(409).body("detail", containsString("PA-L"));
        Response rule = given().get("/v1/organisations/" + org + "/retention-rules/CCTV-01");
        given().header("If-Match", rule.getHeader("ETag")).delete("/v1/organisations/" + org + "/retention-rules/CCTV-01")
                .then().statusCode(409).body("detail", containsString("PA-L"));
        Response activity = given().get(base(org) + "/PA-L");
        given().header("If-Match", activity.getHeader("ETag")).delete(base(org) + "/PA-L").then().statusCode(204);
        given().header("If-Match", asset.getHeader("ETag")).delete("/v1/organisations/" + org + "/information-assets/IA-REV")
                .then().statusCode(204);
    }

    @Test
    void eachFilterReturnsExactlyTheMatchingEntries() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        given().contentType(ContentType.JSON).body(ActivityFixtures.full("PA-1")).post(base(org)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-2", "name", "Newsletter", "status", "DRAFT",
                        "businessFunction", "ICT", "purposes", List.of(Map.of("description", "Sending the residents newsletter", "lawfulBasis", "A_CONSENT")),
                        "nextReviewDate", "2026-01-01"))
                .post(base(org)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-3", "name", "ICT for schools", "recordType", "PROCESSOR",
                        "status", "ACTIVE", "controllers", List.of(Map.of("name", "Oak Primary")),
                        "transfers", List.of(Map.of("country", "us"))))
                .post(base(org)).then().statusCode(201);
        check(org, "status", "ACTIVE", "PA-1", "PA-3");
        check(org, "status", "DRAFT", "PA-2");
        check(org, "recordType", "PROCESSOR", "PA-3");
        check(org, "businessFunction", "ICT", "PA-2");
        check(org, "lawfulBasis", "A_CONSENT", "PA-2");
        check(org, "lawfulBasis", "C_LEGAL_OBLIGATION", "PA-1");
        check(org, "specialCategory", "true", "PA-1");
        check(org, "specialCategory", "false", "PA-2", "PA-3");
        check(org, "transferCountry", "US", "PA-1", "PA-3");
        check(org, "transferCountry", "BR", "PA-1");
        check(org, "informationAsset", "IA-REV", "PA-1");
        check(org, "retentionRule", "CCTV-01", "PA-1");
        check(org, "securityMeasure", "SM-MFA", "PA-1");
        check(org, "reviewDueBefore", "2026-06-01", "PA-2");
        check(org, "q", "residents newsletter", "PA-2");
        check(org, "q", "council tax", "PA-1");
        check(org, "updatedSince", "2000-01-01T00:00:00Z", "PA-1", "PA-2", "PA-3");
        check(org, "updatedSince", "2999-01-01T00:00:00Z");
        given().queryParam("sort", "-reference").get(base(org)).then().body("items.reference", equalTo(List.of("PA-3", "PA-2", "PA-1")));
        given().queryParam("lawfulBasis", "Z").get(base(org)).then().statusCode(400).body("errors[0].pointer", equalTo("lawfulBasis"));
        given().queryParam("updatedSince", "yesterday").get(base(org)).then().statusCode(400);
        given().queryParam("specialCategory", "maybe").get(base(org)).then().statusCode(400);
    }

    private static void check(String org, String filter, String value, String... expected) {
        given().queryParam(filter, value).queryParam("sort", "reference").get(base(org)).then().statusCode(200)
                .body("items.reference", equalTo(List.of(expected)))
                .body("totalSize", is(expected.length));
    }
}
