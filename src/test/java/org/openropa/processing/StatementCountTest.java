package org.openropa.processing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list page runs a number of SQL statements that does not grow with the page size (no N+1). */
@QuarkusTest
class StatementCountTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void aPageOfFullyPopulatedActivitiesCostsTheSameStatementsAtAnySize() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        for (int i = 0; i < 5; i++) {
            create(org, i);
        }
        long small = statementsFor(org, 5);
        for (int i = 5; i < 60; i++) {
            create(org, i);
        }
        long large = statementsFor(org, 60);
        System.out.printf("List statements: %d for 5 activities, %d for 60%n", small, large);
        assertEquals(small, large, "statements for a page of 5 and of 60 activities");
        // 7 for the page and its links; the API key check (its look-up, at most one use a minute recorded) and the
        // scoping of each transaction for row-level security add up to 4.
        assertTrue(large <= 11, "a page takes " + large + " statements");

        long assets = statementsForAssets(org);
        assertTrue(assets <= 11, "an asset page takes " + assets + " statements");
    }

    @Test
    void anExportCostsTheSameStatementsWhateverTheRegistersSizeInEveryFormat() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        for (int i = 0; i < 3; i++) {
            create(org, i);
        }
        java.util.Map<String, Long> small = new java.util.LinkedHashMap<>();
        for (String format : java.util.List.of("xlsx", "csv", "json", "html", "jsonld")) {
            small.put(format, exportStatements(org, format));
        }
        for (int i = 3; i < 40; i++) {
            create(org, i);
        }
        for (String format : small.keySet()) {
            long large = exportStatements(org, format);
            System.out.printf("Export statements (%s): %d for 3 activities, %d for 40%n", format, small.get(format), large);
            assertEquals(small.get(format), large, format + " export statements for 3 and for 40 activities");
        }
    }

    private long exportStatements(String org, String format) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().queryParam("format", format).get("/v1/organisations/" + org + "/ropa").then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @Test
    void aPatchOfAFullyLinkedActivityRunsNoMoreStatementsThanAPutOfIt() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        create(org, 1);
        String path = "/v1/organisations/" + org + "/processing-activities/PA-1";
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();

        io.restassured.response.Response read = given().get(path);
        stats.clear();
        given().contentType(ContentType.JSON).header("If-Match", read.getHeader("ETag")).body(read.asString()).put(path)
                .then().statusCode(200);
        long put = stats.getPrepareStatementCount();

        String etag = given().get(path).getHeader("ETag");
        stats.clear();
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("description", "Patched"))
                .patch(path).then().statusCode(200).body("description", is("Patched"));
        long patch = stats.getPrepareStatementCount();

        System.out.printf("Write statements for a fully linked activity: PUT %d, PATCH %d%n", put, patch);
        assertTrue(patch <= put, "PATCH ran " + patch + " statements, PUT " + put);
    }

    private static void create(String org, int i) {
        given().contentType(ContentType.JSON).body(ActivityFixtures.full("PA-" + i)).post("/v1/organisations/" + org + "/processing-activities")
                .then().statusCode(201);
    }

    private long statementsFor(String org, int expected) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().queryParam("pageSize", 500).get("/v1/organisations/" + org + "/processing-activities")
                .then().statusCode(200).body("items.size()", is(expected));
        return stats.getPrepareStatementCount();
    }

    private long statementsForAssets(String org) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        given().queryParam("pageSize", 500).get("/v1/organisations/" + org + "/information-assets").then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
