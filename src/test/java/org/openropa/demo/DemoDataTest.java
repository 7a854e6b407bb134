package org.openropa.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo council loads through the services and holds a realistic register; loading twice changes nothing. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager em;

    @Test
    void aSecondLoadChangesNothing() {
        String org = demo.loadIfAbsent();
        String base = "/v1/organisations/" + org;
        String before = snapshot(base);
        long revisions = revisions(org);
        demo.loadIfAbsent();
        assertEquals(before, snapshot(base), "every entry, with its version and updatedAt, is as it was");
        assertEquals(revisions, revisions(org), "no write was recorded");
    }

    /** Every entry of every register as the API serves it, ETags included. */
    private static String snapshot(String base) {
        StringBuilder all = new StringBuilder(given().get(base).then().statusCode(200).extract().header("ETag"));
        for (String register : new String[] {"processing-activities", "information-assets", "retention-rules", "security-measures", "custom-fields"}) {
            all.append(given().queryParam("pageSize", 500).get(base + "/" + register).then().statusCode(200).extract().asString());
        }
        return all.toString();
    }

    private long revisions(String org) {
        return ((Number) em.createNativeQuery("select count(*) from revision where organisation_id = ?1").setParameter(1, org)
                .getSingleResult()).longValue();
    }

    @Test
    void demoCouncilHoldsARealisticRegister() {
        String org = demo.loadIfAbsent();
        String base = "/v1/organisations/" + org;
        given().get(base).then().statusCode(200).body("type", equalTo("UNITARY"));
        given().get(base + "/processing-activities").then().body("totalSize", greaterThanOrEqualTo(30));
        given().queryParam("recordType", "PROCESSOR").get(base + "/processing-activities").then()
                .body("totalSize", greaterThanOrEqualTo(1));
        given().get(base + "/retention-rules/CCTV-01").then().body("period", equalTo("P30D"))
                .body("summary", equalTo("Destroy securely 30 days after recording (Surveillance Camera Code of Practice)"));
        given().get(base + "/retention-rules/CS-02").then().body("disposalSuspended", is(true));
        given().get(base + "/information-assets/IA-M365").then().body("hostingCountry", equalTo("GB"))
                .body("processingActivities.reference", hasItem("PA-018"));
        given().get(base + "/security-measures").then().body("items.name", hasItem("Encryption in transit (HTTPS/TLS)"));
        given().get(base + "/processing-activities/PA-019").then().body("transfers[0].adequacy.status", equalTo("PARTIAL"));
    }
}
