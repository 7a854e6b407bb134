package org.openropa.retention;

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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RetentionRuleResourceTest {

    static Map<String, Object> rule(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("recordSeries", "Accounts payable");
        body.put("function", "Finance");
        body.put("triggerEvent", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED");
        body.put("period", "P6Y");
        body.put("disposalAction", "DESTROY");
        body.put("rationaleType", "LIMITATION_PERIOD");
        body.put("rationaleCitation", "Limitation Act 1980 s.5");
        return body;
    }

    @Test
    void roundTripsAndReportsItsSummary() {
        String org = Fixtures.organisation();
        Response created = given().contentType(ContentType.JSON).body(rule("FIN-06"))
                .post("/v1/organisations/" + org + "/retention-rules");
        created.then().statusCode(201)
                .header("Location", containsString("/v1/organisations/" + org + "/retention-rules/"))
                .body("period", equalTo("P6Y"))
                .body("triggerEvent", equalTo("END_OF_FINANCIAL_YEAR_LAST_MODIFIED"))
                .body("summary", equalTo("Destroy 6 years after the end of the financial year (Limitation Act 1980 s.5)"))
                .body("disposalSuspended", is(false));
        String id = created.jsonPath().getString("id");
        given().get("/v1/organisations/" + org + "/retention-rules/FIN-06").then().statusCode(200).body("id", equalTo(id));
        given().get("/v1/organisations/" + org + "/retention-rules/" + id).then().statusCode(200)
                .body("reference", equalTo("FIN-06")).header("ETag", created.getHeader("ETag"));

        Map<String, Object> body = created.as(Map.class);
        Response replaced = given().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag")).body(body)
                .put("/v1/organisations/" + org + "/retention-rules/" + id);
        replaced.then().statusCode(200);
        Map<String, Object> after = replaced.as(Map.class);
        body.remove("updatedAt");
        after.remove("updatedAt");
        assertEquals(body, after);
    }

    @Test
    void badPeriodsAreRefusedNamingThePeriod() {
        String org = Fixtures.organisation();
        for (String period : List.of("6 years", "P-1Y", "P", "PT6H", "P6Y6", "permanent")) {
            Map<String, Object> body = rule(Fixtures.unique("R"));
            body.put("period", period);
            given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/retention-rules")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", hasItem("#/period"));
        }
        Map<String, Object> body = rule("PERM-1");
        body.put("period", "PERMANENT");
        body.put("disposalAction", "TRANSFER_TO_ARCHIVES");
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(201).body("summary", containsString("Keep permanently"));
        Map<String, Object> bad = rule("BAD-1");
        bad.put("triggerEvent", "WHEN_WE_FEEL_LIKE_IT");
        given().contentType(ContentType.JSON).body(bad).post("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(400).body("errors.pointer", hasItem("#/triggerEvent"));
    }

    @Test
    void anActiveLegalHoldSuspendsDisposal() {
        String org = Fixtures.organisation();
        Map<String, Object> body = rule("CHILD-1");
        body.put("legalHolds", List.of(Map.of("name", "IICSA", "scope", "Child protection records", "startDate", "2015-07-01")));
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(201).body("disposalSuspended", is(true)).body("summary", containsString("suspended"))
                .body("legalHolds[0].startDate", equalTo("2015-07-01"));
        Map<String, Object> ended = rule("CHILD-2");
        ended.put("legalHolds", List.of(Map.of("name", "Old inquiry", "startDate", "2015-07-01", "endDate", "2016-01-01")));
        given().contentType(ContentType.JSON).body(ended).post("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(201).body("disposalSuspended", is(false));
        Map<String, Object> backwards = rule("CHILD-3");
        backwards.put("legalHolds", List.of(Map.of("name", "Backwards", "startDate", "2020-01-01", "endDate", "2019-01-01")));
        given().contentType(ContentType.JSON).body(backwards).post("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(400).body("errors.pointer", hasItem("#/legalHolds/0/endDate"));
    }

    private static String rules(String org) {
        return "/v1/organisations/" + org + "/retention-rules";
    }

    private static Map<String, Object> withoutReference() {
        Map<String, Object> body = rule(null);
        body.remove("reference");
        return body;
    }

    @Test
    void aDuplicateReferenceIsAConflict() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(rule("FIN-01")).post(rules(org)).then().statusCode(201);
        given().contentType(ContentType.JSON).body(rule("FIN-01")).post(rules(org)).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void putByReferenceCreatesThenReplacesTheSameEntry() {
        String org = Fixtures.organisation();
        Map<String, Object> body = withoutReference();
        Response created = given().contentType(ContentType.JSON).body(body).put(rules(org) + "/by-reference/FIN-02");
        created.then().statusCode(201).body("reference", equalTo("FIN-02"));
        body.put("period", "P7Y");
        given().contentType(ContentType.JSON).body(body).put(rules(org) + "/by-reference/FIN-02")
                .then().statusCode(200).body("period", equalTo("P7Y")).body("id", equalTo(created.jsonPath().getString("id")));
    }

    @Test
    void putByReferenceWithIfNoneMatchStarIsCreateOnly() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(withoutReference()).put(rules(org) + "/by-reference/FIN-02").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-None-Match", "*").body(withoutReference())
                .put(rules(org) + "/by-reference/FIN-02").then().statusCode(412);
    }

    @Test
    void putByReferenceWithAStaleIfMatchIs412() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(withoutReference()).put(rules(org) + "/by-reference/FIN-02").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"").body(withoutReference())
                .put(rules(org) + "/by-reference/FIN-02").then().statusCode(412);
    }

    @Test
    void aReferenceInThePathWithSurroundingSpacesIsRefused() {
        String org = Fixtures.organisation();
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(withoutReference())
                .put(rules(org) + "/by-reference/%20padded%20")
                .then().statusCode(400).body("errors[0].pointer", equalTo("reference"));
    }

    @Test
    void aBodyReferenceOtherThanThePathsIsRefused() {
        String org = Fixtures.organisation();
        Map<String, Object> body = withoutReference();
        body.put("reference", "OTHER");
        given().contentType(ContentType.JSON).body(body).put(rules(org) + "/by-reference/FIN-02")
                .then().statusCode(400).body("errors.pointer", hasItem("#/reference"));
    }

    /** Three CCTV rules and one finance rule. */
    private static String scheduleOfFour() {
        String org = Fixtures.organisation();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = rule("CCTV-" + i);
            body.put("recordSeries", "CCTV footage " + i);
            body.put("triggerEvent", "DATE_OF_RECORDING");
            body.put("period", "P30D");
            body.put("disposalAction", "SECURE_DESTROY");
            given().contentType(ContentType.JSON).body(body).post(rules(org)).then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(rule("FIN-09")).post(rules(org)).then().statusCode(201);
        return org;
    }

    @Test
    void theTriggerEventFilterReturnsOnlyMatchingRules() {
        String org = scheduleOfFour();
        given().queryParam("triggerEvent", "DATE_OF_RECORDING").get(rules(org))
                .then().statusCode(200).body("totalSize", is(3)).body("items.triggerEvent", everyItem(equalTo("DATE_OF_RECORDING")));
    }

    @Test
    void textSearchIsCaseInsensitive() {
        String org = scheduleOfFour();
        given().queryParam("q", "cctv footage 1").get(rules(org)).then().body("totalSize", is(1)).body("items[0].reference", equalTo("CCTV-1"));
    }

    @Test
    void anUnknownFilterValueIs400() {
        String org = scheduleOfFour();
        given().queryParam("triggerEvent", "NOPE").get(rules(org)).then().statusCode(400).body("errors[0].pointer", equalTo("triggerEvent"));
    }

    @Test
    void aPageHoldsPageSizeEntriesAndCountsThemAll() {
        String org = scheduleOfFour();
        given().queryParam("pageSize", 2).get(rules(org)).then().body("items.size()", is(2)).body("totalSize", is(4));
    }

    @Test
    void aMergePatchChangesThePeriodAndTheSummaryFollows() {
        String org = scheduleOfFour();
        Response current = given().get(rules(org) + "/CCTV-0");
        given().contentType("application/merge-patch+json").header("If-Match", current.getHeader("ETag"))
                .body("{\"period\": \"P31D\", \"rationaleCitation\": null}")
                .patch(rules(org) + "/CCTV-0")
                .then().statusCode(200).body("period", equalTo("P31D")).body("summary", equalTo("Destroy securely 31 days after recording"));
    }

    @Test
    void aMergePatchWithABadPeriodNamesIt() {
        String org = scheduleOfFour();
        Response current = given().get(rules(org) + "/CCTV-0");
        given().contentType("application/merge-patch+json").header("If-Match", current.getHeader("ETag"))
                .body("{\"period\": \"six years\"}")
                .patch(rules(org) + "/CCTV-0")
                .then().statusCode(400).body("errors.pointer", hasItem("#/period"));
    }

    @Test
    void anotherOrganisationsRuleIsNotFound() {
        String org = Fixtures.organisation();
        String other = Fixtures.organisation();
        String id = given().contentType(ContentType.JSON).body(rule("FIN-06")).post("/v1/organisations/" + org + "/retention-rules")
                .jsonPath().getString("id");
        given().get("/v1/organisations/" + other + "/retention-rules/" + id).then().statusCode(404);
        given().get("/v1/organisations/" + other + "/retention-rules/FIN-06").then().statusCode(404);
        given().get("/v1/organisations/no-such-org/retention-rules").then().statusCode(404);
    }
}
