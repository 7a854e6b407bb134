package org.openropa.findings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The findings report: formats, filters, acceptances, rules, and its cost. */
@QuarkusTest
class FindingsTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    org.openropa.demo.DemoData demo;

    private static String withSpecialCategoryGap() {
        String org = FindingRulesTest.organisation();
        Map<String, Object> a = FindingRulesTest.clean("PA-1");
        a.put("personalDataCategories", List.of(Map.of("name", "Ethnic origin", "specialCategory", "RACIAL_ETHNIC_ORIGIN")));
        given().contentType(ContentType.JSON).body(a).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
        return org;
    }

    private static String findings(String org) {
        return "/v1/organisations/" + org + "/findings";
    }

    @Test
    void theTextFormatHasOneLinePerFindingAndTheSameCountAsTheJson() {
        String org = withSpecialCategoryGap();
        int high = given().queryParam("severity", "HIGH").get(findings(org)).then().extract().path("countsBySeverity.HIGH");
        String text = given().queryParam("severity", "HIGH").accept("text/plain").get(findings(org)).then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertEquals(high, text.lines().count());
        assertTrue(text.lines().allMatch(l -> l.startsWith("HIGH ")));
    }

    @Test
    void csvHasAHeadingRowAndOneRowPerFinding() {
        String org = withSpecialCategoryGap();
        long total = ((Number) given().get(findings(org)).then().extract().path("total")).longValue();
        String csv = given().queryParam("format", "csv").get(findings(org)).then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("severity,ruleId,entryType,reference"));
        assertEquals(total + 1, csv.split("\r\n").length);
    }

    @Test
    void severityFiltersThatLevelAndAbove() {
        String org = withSpecialCategoryGap();
        given().queryParam("severity", "MEDIUM").get(findings(org)).then().body("items.severity", everyItem(oneOf("HIGH", "MEDIUM")));
    }

    @Test
    void everyFindingsRuleIsListedWithALegalReference() {
        String org = withSpecialCategoryGap();
        List<String> rules = given().get("/v1/reference/rules").then().statusCode(200).extract().path("items.id");
        List<String> found = given().get(findings(org)).then().extract().path("items.ruleId");
        assertTrue(rules.containsAll(found));
        given().get("/v1/reference/rules").then().body("items.legalReference", everyItem(not(equalTo(""))));
        assertEquals(rules.size(), rules.stream().distinct().count());
    }

    @Test
    void fixingTheEntryRemovesItsFinding() {
        String org = withSpecialCategoryGap();
        assertTrue(FindingRulesTest.rulesFoundOn(org, "PA-1").contains("ART9_CONDITION_MISSING"));
        String etag = given().get("/v1/organisations/" + org + "/processing-activities/PA-1").header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("specialCategoryConditions", List.of("A_EXPLICIT_CONSENT")))
                .patch("/v1/organisations/" + org + "/processing-activities/PA-1").then().statusCode(200);
        assertFalse(FindingRulesTest.rulesFoundOn(org, "PA-1").contains("ART9_CONDITION_MISSING"));
    }

    @Test
    void anAcceptedFindingLeavesTheCountsAndShowsWithIncludeAccepted() {
        String org = withSpecialCategoryGap();
        long before = ((Number) given().get(findings(org)).then().extract().path("total")).longValue();
        given().contentType(ContentType.JSON).body(Map.of("ruleId", "ART9_CONDITION_MISSING", "entryType", "PROCESSING_ACTIVITY",
                        "entryReference", "PA-1", "reason", "Monitoring data are anonymised within a week", "expiresDate", LocalDate.now().plusMonths(6).toString()))
                .post(findings(org) + "/acceptances").then().statusCode(201).body("acceptedBy", containsString("api-key"));
        given().get(findings(org)).then().body("total", is((int) before - 1)).body("accepted", is(1))
                .body("items.ruleId", not(hasItem("ART9_CONDITION_MISSING")));
        given().queryParam("include", "accepted").get(findings(org)).then().body("items.findAll { it.accepted }.ruleId", hasItem("ART9_CONDITION_MISSING"));
    }

    @Test
    void anAcceptedFindingComesBackWhenTheEntryChangesInAWayThatMatters() {
        String org = withSpecialCategoryGap();
        given().contentType(ContentType.JSON).body(Map.of("ruleId", "ART9_CONDITION_MISSING", "entryType", "PROCESSING_ACTIVITY",
                "entryReference", "PA-1", "reason", "Known", "expiresDate", LocalDate.now().plusMonths(6).toString())).post(findings(org) + "/acceptances")
                .then().statusCode(201);
        String etag = given().get("/v1/organisations/" + org + "/processing-activities/PA-1").header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("personalDataCategories",
                List.of(Map.of("name", "Ethnic origin", "specialCategory", "RACIAL_ETHNIC_ORIGIN"), Map.of("name", "Health", "specialCategory", "HEALTH"))))
                .patch("/v1/organisations/" + org + "/processing-activities/PA-1").then().statusCode(200);
        assertTrue(FindingRulesTest.rulesFoundOn(org, "PA-1").contains("ART9_CONDITION_MISSING"));
    }

    @Test
    void anAcceptanceLapsesAfterItsExpiryDate() throws Exception {
        var mapper = new ObjectMapper();
        var acceptance = mapper.readTree("{\"ruleId\":\"R\",\"entryId\":\"E\",\"findingMessage\":\"M\",\"expiresDate\":\"2026-12-31\"}");
        Finding finding = new Finding("R", Severity.HIGH, "PROCESSING_ACTIVITY", "E", "PA-1", null, null, "M", "", "", false, null);
        assertTrue(FindingsService.covers(acceptance, finding, LocalDate.of(2026, 12, 31)));
        assertFalse(FindingsService.covers(acceptance, finding, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void onlyAnOpenFindingCanBeAccepted() {
        String org = FindingRulesTest.organisation();
        given().contentType(ContentType.JSON).body(Map.of("ruleId", "ART9_CONDITION_MISSING", "entryType", "PROCESSING_ACTIVITY",
                "entryReference", "PA-NONE", "reason", "Known", "expiresDate", "2099-01-01")).post(findings(org) + "/acceptances")
                .then().statusCode(400).body("errors[0].pointer", equalTo("#/entryReference"));
    }

    @Test
    void theDemoCouncilHasFindingsOfSeveralRulesAndSeverities() {
        String demoCouncil = demo.loadIfAbsent();
        var report = given().get("/v1/organisations/" + demoCouncil + "/findings");
        Map<String, Integer> bySeverity = report.then().extract().path("countsBySeverity");
        Map<String, Integer> byRule = report.then().extract().path("countsByRule");
        assertTrue(byRule.size() >= 4, "rules: " + byRule);
        assertTrue(bySeverity.values().stream().filter(n -> n > 0).count() >= 3, "severities: " + bySeverity);
    }

    @Test
    void evaluatingTheRegisterRunsTheSameStatementsWhateverItsSize() {
        String org = FindingRulesTest.organisation();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long[] counts = new long[2];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < (round == 0 ? 3 : 30); i++) {
                Map<String, Object> a = FindingRulesTest.clean("PA-" + round + "-" + i);
                a.put("informationAssets", List.of("IA-OLD"));
                given().contentType(ContentType.JSON).body(a).post("/v1/organisations/" + org + "/processing-activities").then().statusCode(201);
            }
            stats.clear();
            given().get(findings(org)).then().statusCode(200);
            counts[round] = stats.getPrepareStatementCount();
        }
        assertEquals(counts[0], counts[1], "statements for 3 and for 33 activities");
    }

    @Test
    void findingsAsAtEvaluateTheRecordAsItStood() throws Exception {
        String org = withSpecialCategoryGap();
        java.time.Instant before = java.time.Instant.now();
        Thread.sleep(20);
        String etag = given().get("/v1/organisations/" + org + "/processing-activities/PA-1").header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("specialCategoryConditions", List.of("A_EXPLICIT_CONSENT")))
                .patch("/v1/organisations/" + org + "/processing-activities/PA-1").then().statusCode(200);
        given().queryParam("asAt", before.toString()).queryParam("reference", "PA-1").get(findings(org)).then()
                .body("items.ruleId", hasItem("ART9_CONDITION_MISSING"));
    }
}
