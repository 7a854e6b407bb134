package org.openropa.processing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** A law-enforcement (DPA 2018 Part 3) record is validated, stored and shown on Part 3's terms. */
@QuarkusTest
class LawEnforcementRecordTest {

    private static String activities(String org) {
        return "/v1/organisations/" + org + "/processing-activities";
    }

    @Test
    void aPart3RecordRoundTripsWithItsSection35BasisAndSchedule8Conditions() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(ActivityFixtures.lawEnforcement("LE-1")).post(activities(org)).then().statusCode(201);
        given().get(activities(org) + "/LE-1").then().statusCode(200)
                .body("regime", equalTo("DPA2018_PART3_LAW_ENFORCEMENT"))
                .body("lawEnforcement.section35Basis", equalTo("NECESSARY_FOR_COMPETENT_AUTHORITY_TASK"))
                .body("lawEnforcement.sensitiveProcessingConditions", equalTo(List.of("SCH8_01_STATUTORY_PURPOSES", "SCH8_06_LEGAL_CLAIMS")))
                .body("lawEnforcement.purposes", hasItem("PROSECUTION_OF_CRIMINAL_OFFENCES"))
                .body("lawEnforcement.loggingStatement", equalTo("The case system logs each collection, alteration, consultation, disclosure, combination and erasure."));
    }

    @Test
    void aPart3RecordShowsPart3RightsWithoutObjectionOrPortability() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(ActivityFixtures.lawEnforcement("LE-1")).post(activities(org)).then().statusCode(201)
                .body("rights", hasItems("INFORMED", "ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "COMPLAIN_TO_ICO"))
                .body("rights", not(hasItem("OBJECT")))
                .body("rights", not(hasItem("PORTABILITY")));
    }

    @Test
    void anArticle6BasisOnAPart3RecordIsRefused() {
        String org = Fixtures.organisation();
        Map<String, Object> body = ActivityFixtures.lawEnforcement("LE-1");
        body.put("purposes", List.of(Map.of("description", "Prosecutions", "lawfulBasis", "E_PUBLIC_TASK")));
        given().contentType(ContentType.JSON).body(body).post(activities(org)).then().statusCode(400)
                .body("errors.pointer", hasItem("#/purposes/0/lawfulBasis"));
    }

    @Test
    void uKGdprConditionsOnAPart3RecordAreRefused() {
        String org = Fixtures.organisation();
        Map<String, Object> body = ActivityFixtures.lawEnforcement("LE-1");
        body.put("schedule1Conditions", List.of("P2_10_PREVENTING_DETECTING_UNLAWFUL_ACTS"));
        body.put("specialCategoryConditions", List.of("G_SUBSTANTIAL_PUBLIC_INTEREST"));
        given().contentType(ContentType.JSON).body(body).post(activities(org)).then().statusCode(400)
                .body("errors.pointer", hasItems("#/schedule1Conditions", "#/specialCategoryConditions"));
    }

    @Test
    void anUnknownSchedule8ConditionIsRefusedNamingIt() {
        String org = Fixtures.organisation();
        Map<String, Object> body = ActivityFixtures.lawEnforcement("LE-1");
        body.put("lawEnforcement", Map.of("sensitiveProcessingConditions", List.of("SCH8_99")));
        given().contentType(ContentType.JSON).body(body).post(activities(org)).then().statusCode(400)
                .body("errors.pointer", hasItem("#/lawEnforcement/sensitiveProcessingConditions/0"));
    }

    @Test
    void lawEnforcementDetailsOnAUkGdprRecordAreRefused() {
        String org = Fixtures.organisation();
        Map<String, Object> body = ActivityFixtures.lawEnforcement("LE-1");
        body.put("regime", "UK_GDPR");
        body.put("purposes", List.of(Map.of("description", "Prosecutions", "lawfulBasis", "E_PUBLIC_TASK")));
        given().contentType(ContentType.JSON).body(body).post(activities(org)).then().statusCode(400)
                .body("errors.pointer", hasItem("#/lawEnforcement"));
    }

    @Test
    void aUkGdprPurposeStillNeedsItsLawfulBasis() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "PA-1", "name", "Parking",
                        "purposes", List.of(Map.of("description", "Parking permits"))))
                .post(activities(org)).then().statusCode(400).body("errors.pointer", hasItem("#/purposes/0/lawfulBasis"));
    }

    @Test
    void aTransferRecordsThatItsRecipientIsWithinAPartialApproval() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        given().contentType(ContentType.JSON).body(ActivityFixtures.full("PA-1")).post(activities(org)).then().statusCode(201)
                .body("transfers[0].adequacy.status", equalTo("PARTIAL"))
                .body("transfers[0].recipientWithinScope", equalTo(true))
                .body("transfers[0].scopeEvidenceUrl", equalTo("https://www.dataprivacyframework.gov/list"));
    }
}
