package org.openropa.asset;

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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class InformationAssetResourceTest {

    static void rule(String org, String reference) {
        given().contentType(ContentType.JSON).body(Map.of("reference", reference, "recordSeries", "Series " + reference,
                        "triggerEvent", "LAST_ACTION", "period", "P6Y", "disposalAction", "DESTROY"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
    }

    static void measure(String org, String reference) {
        given().contentType(ContentType.JSON).body(Map.of("reference", reference, "name", "Measure " + reference, "kind", "TECHNICAL"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
    }

    static Map<String, Object> asset(String reference) {
        Map<String, Object> a = new HashMap<>();
        a.put("reference", reference);
        a.put("name", "Revenues and benefits system");
        a.put("description", "Council tax and housing benefit case records");
        a.put("assetType", "APPLICATION_SYSTEM");
        a.put("format", "ELECTRONIC");
        a.put("businessFunction", "FIN");
        a.put("owner", Map.of("name", "Head of Revenues", "role", "IAO", "email", "iao@example.gov.uk"));
        a.put("administrator", Map.of("name", "Systems Team", "role", "IAA"));
        a.put("supplier", Map.of("name", "Capita", "contractReference", "C-2021-14", "contractEndDate", "2027-03-31"));
        a.put("hostingModel", "SUPPLIER_HOSTED");
        a.put("location", "Supplier data centre, Manchester");
        a.put("hostingCountry", "GB");
        a.put("securityClassification", "OFFICIAL");
        a.put("handlingMarking", "OFFICIAL_SENSITIVE");
        a.put("businessCriticality", "CRITICAL");
        a.put("vitalRecord", true);
        a.put("containsPersonalData", true);
        a.put("containsSpecialCategoryData", true);
        a.put("containsCriminalOffenceData", false);
        a.put("containsChildrensData", true);
        a.put("volumeBand", "FROM_10K_TO_100K");
        a.put("backup", Map.of("frequency", "DAILY", "location", "Secondary data centre", "lastRestoreTestDate", "2026-09-01"));
        a.put("accessControls", List.of("RBAC", "MFA", "AUDIT_LOGGING"));
        a.put("retentionRule", "FIN-06");
        a.put("securityMeasures", List.of("SM-ENC", "SM-MFA"));
        a.put("status", "ACTIVE");
        a.put("lastReviewedDate", "2026-04-01");
        a.put("nextReviewDate", "2027-04-01");
        return a;
    }

    /** An organisation with rule FIN-06, measures SM-ENC and SM-MFA and a custom field; the full asset IA-FIN-0007 created. */
    private static Response fullAsset(String org) {
        rule(org, "FIN-06");
        measure(org, "SM-ENC");
        measure(org, "SM-MFA");
        given().contentType(ContentType.JSON).body(Map.of("reference", "dsptAssetId", "label", "DSPT asset id", "type", "TEXT"))
                .post("/v1/organisations/" + org + "/custom-fields").then().statusCode(201);
        Map<String, Object> body = asset("IA-FIN-0007");
        body.put("customFields", Map.of("dsptAssetId", "A-77"));
        Response created = given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/information-assets");
        created.then().statusCode(201);
        return created;
    }

    @Test
    void aFullAssetShowsItsLinksAdequacyAndCustomFields() {
        String org = Fixtures.organisation();
        fullAsset(org).then()
                .body("retentionRule.reference", equalTo("FIN-06"))
                .body("retentionRule.name", equalTo("Series FIN-06"))
                .body("securityMeasures.reference", equalTo(List.of("SM-ENC", "SM-MFA")))
                .body("hostingCountryAdequacy.status", equalTo("FULL"))
                .body("customFields.dsptAssetId", equalTo("A-77"))
                .body("processingActivities.size()", is(0));
    }

    @Test
    void aReadAssetSentBackInAPutIsUnchanged() {
        String org = Fixtures.organisation();
        Response created = fullAsset(org);
        Map<String, Object> got = given().get("/v1/organisations/" + org + "/information-assets/IA-FIN-0007").as(Map.class);
        Response replaced = given().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag")).body(got)
                .put("/v1/organisations/" + org + "/information-assets/IA-FIN-0007");
        replaced.then().statusCode(200);
        Map<String, Object> after = replaced.as(Map.class);
        got.remove("updatedAt");
        after.remove("updatedAt");
        assertEquals(got, after);
    }

    @Test
    void aMergePatchReplacesLinksAndNullRemovesOne() {
        String org = Fixtures.organisation();
        Response created = fullAsset(org);
        given().contentType("application/merge-patch+json").header("If-Match", created.getHeader("ETag"))
                .body("{\"securityMeasures\": [\"SM-MFA\"], \"retentionRule\": null}")
                .patch("/v1/organisations/" + org + "/information-assets/IA-FIN-0007")
                .then().statusCode(200).body("securityMeasures.reference", equalTo(List.of("SM-MFA")))
                .body("retentionRule", nullValue());
    }

    @Test
    void unknownLinksCountriesAndFunctionsAreRefusedNamingTheField() {
        String org = Fixtures.organisation();
        String other = Fixtures.organisation();
        rule(other, "FIN-06");
        measure(org, "SM-ENC");
        Map<String, Object> body = asset("IA-1");
        body.put("securityMeasures", List.of("SM-ENC", "SM-NOPE"));
        body.put("hostingCountry", "QQ");
        body.put("businessFunction", "NOPE");
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/information-assets")
                .then().statusCode(400)
                .body("errors.pointer", hasItems("#/retentionRule", "#/securityMeasures/1", "#/hostingCountry", "#/businessFunction"));
        given().get("/v1/organisations/" + org + "/information-assets/IA-1").then().statusCode(404);
    }

    /** Rule FIN-06 and measures SM-ENC, SM-MFA, with asset IA-2 linking all three. */
    private static String linkedAsset() {
        String org = Fixtures.organisation();
        rule(org, "FIN-06");
        measure(org, "SM-ENC");
        measure(org, "SM-MFA");
        given().contentType(ContentType.JSON).body(asset("IA-2")).post("/v1/organisations/" + org + "/information-assets").then().statusCode(201);
        return org;
    }

    @Test
    void deletingALinkedRuleIsAConflictNamingTheAssetAndChangesNothing() {
        String org = linkedAsset();
        Response rule = given().get("/v1/organisations/" + org + "/retention-rules/FIN-06");
        given().header("If-Match", rule.getHeader("ETag")).delete("/v1/organisations/" + org + "/retention-rules/FIN-06")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("IA-2"));
        given().get("/v1/organisations/" + org + "/retention-rules/FIN-06").then().statusCode(200).header("ETag", rule.getHeader("ETag"));
    }

    @Test
    void deletingALinkedMeasureIsAConflictAndTheLinksStay() {
        String org = linkedAsset();
        Response measure = given().get("/v1/organisations/" + org + "/security-measures/SM-ENC");
        given().header("If-Match", measure.getHeader("ETag")).delete("/v1/organisations/" + org + "/security-measures/SM-ENC")
                .then().statusCode(409).body("detail", containsString("IA-2"));
        given().get("/v1/organisations/" + org + "/information-assets/IA-2").then().body("securityMeasures.size()", is(2));
    }

    @Test
    void anOrganisationHoldingEntriesCannotBeDeleted() {
        String org = linkedAsset();
        Response org1 = given().get("/v1/organisations/" + org);
        given().header("If-Match", org1.getHeader("ETag")).delete("/v1/organisations/" + org).then().statusCode(409)
                .body("detail", containsString("information asset"));
    }

    @Test
    void onceTheAssetIsGoneItsRuleCanBeDeleted() {
        String org = linkedAsset();
        Response asset = given().get("/v1/organisations/" + org + "/information-assets/IA-2");
        given().header("If-Match", asset.getHeader("ETag")).delete("/v1/organisations/" + org + "/information-assets/IA-2").then().statusCode(204);
        Response rule = given().get("/v1/organisations/" + org + "/retention-rules/FIN-06");
        given().header("If-Match", rule.getHeader("ETag")).delete("/v1/organisations/" + org + "/retention-rules/FIN-06").then().statusCode(204);
    }

    @Test
    void listsFilterAsDocumented() {
        String org = Fixtures.organisation();
        rule(org, "FIN-06");
        measure(org, "SM-ENC");
        measure(org, "SM-MFA");
        given().contentType(ContentType.JSON).body(asset("IA-A")).post("/v1/organisations/" + org + "/information-assets").then().statusCode(201);
        Map<String, Object> cctv = asset("IA-B");
        cctv.put("name", "Civic centre CCTV");
        cctv.put("assetType", "CCTV_SYSTEM");
        cctv.put("hostingCountry", "US");
        cctv.put("securityClassification", "SECRET");
        cctv.put("handlingMarking", "NONE");
        cctv.put("retentionRule", null);
        cctv.put("securityMeasures", List.of("SM-MFA"));
        given().contentType(ContentType.JSON).body(cctv).post("/v1/organisations/" + org + "/information-assets").then().statusCode(201)
                .body("hostingCountryAdequacy.status", equalTo("PARTIAL"));
        String base = "/v1/organisations/" + org + "/information-assets";
        given().queryParam("assetType", "CCTV_SYSTEM").get(base).then().body("totalSize", is(1)).body("items[0].reference", equalTo("IA-B"));
        given().queryParam("hostingCountry", "US").get(base).then().body("totalSize", is(1));
        given().queryParam("securityClassification", "OFFICIAL").get(base).then().body("totalSize", is(1)).body("items[0].reference", equalTo("IA-A"));
        given().queryParam("retentionRule", "FIN-06").get(base).then().body("totalSize", is(1));
        given().queryParam("securityMeasure", "SM-ENC").get(base).then().body("totalSize", is(1)).body("items[0].reference", equalTo("IA-A"));
        given().queryParam("securityMeasure", "SM-MFA").get(base).then().body("totalSize", is(2));
        given().queryParam("q", "cctv").get(base).then().body("totalSize", is(1));
        given().queryParam("status", "RETIRED").get(base).then().body("totalSize", is(0));
        given().queryParam("assetType", "BOAT").get(base).then().statusCode(400).body("errors[0].pointer", equalTo("assetType"));
        given().queryParam("pageSize", 1).get(base).then().body("items.size()", is(1)).body("totalSize", is(2));
    }

    @Test
    void customFieldValuesAreCheckedAgainstTheirDeclaration() {
        String org = Fixtures.organisation();
        String fields = "/v1/organisations/" + org + "/custom-fields";
        given().contentType(ContentType.JSON).body(Map.of("reference", "riskRating", "label", "Risk rating", "type", "ENUM",
                "allowedValues", List.of("LOW", "MEDIUM", "HIGH"), "appliesTo", List.of("INFORMATION_ASSET"))).post(fields).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "lastAudit", "label", "Last audit", "type", "DATE")).post(fields).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("reference", "bad", "label", "Bad", "type", "ENUM")).post(fields)
                .then().statusCode(400).body("errors.pointer", hasItem("#/allowedValues"));

        Map<String, Object> body = asset("IA-C");
        body.remove("retentionRule");
        body.remove("securityMeasures");
        body.put("customFields", Map.of("riskRating", "EXTREME", "lastAudit", "yesterday", "unknownField", 1));
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/information-assets").then().statusCode(400)
                .body("errors.pointer", hasItems("#/customFields/riskRating", "#/customFields/lastAudit", "#/customFields/unknownField"));
        body.put("customFields", Map.of("riskRating", "HIGH", "lastAudit", "2026-01-31"));
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/information-assets").then().statusCode(201)
                .body("customFields.riskRating", equalTo("HIGH"));
        Response field = given().get(fields + "/riskRating");
        given().header("If-Match", field.getHeader("ETag")).delete(fields + "/riskRating").then().statusCode(409);
        given().queryParam("appliesTo", "PROCESSING_ACTIVITY").get(fields).then().body("totalSize", is(1)).body("items[0].reference", equalTo("lastAudit"));
    }
}
