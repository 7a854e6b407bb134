package org.openropa.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every entry's history, the record as it stood, and the append-only chain. */
@QuarkusTest
class HistoryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory emf;

    private static String rules(String org) {
        return "/v1/organisations/" + org + "/retention-rules";
    }

    private static Map<String, Object> rule(String period) {
        return new HashMap<>(Map.of("reference", "FIN-01", "recordSeries", "Accounts payable", "triggerEvent", "LAST_ACTION",
                "period", period, "disposalAction", "DESTROY"));
    }

    /** Creates FIN-01 and changes its period three times; returns the instants just after each write. */
    private static List<Instant> ruleWithThreeUpdates(String org) throws InterruptedException {
        List<Instant> after = new ArrayList<>();
        given().contentType(ContentType.JSON).body(rule("P1Y")).post(rules(org)).then().statusCode(201);
        after.add(Instant.now());
        for (String period : List.of("P2Y", "P3Y", "P4Y")) {
            Thread.sleep(20);
            String etag = given().get(rules(org) + "/FIN-01").header("ETag");
            given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("period", period))
                    .patch(rules(org) + "/FIN-01").then().statusCode(200);
            after.add(Instant.now());
        }
        return after;
    }

    @Test
    void threeUpdatesGiveFourRevisionsWhosePatchesRebuildTheEntry() throws Exception {
        String org = Fixtures.organisation();
        ruleWithThreeUpdates(org);
        Response history = given().get(rules(org) + "/FIN-01/history");
        history.then().statusCode(200).body("totalSize", is(4)).body("items.revision", equalTo(List.of(4, 3, 2, 1)))
                .body("items[3].operation", equalTo("CREATE")).body("items[0].operation", equalTo("UPDATE"))
                .body("items[0].actor", startsWith("api-key ")).body("items[0].reference", equalTo("FIN-01"));
    }

    @Test
    void applyingThePatchesInOrderToTheFirstSnapshotGivesTheCurrentEntry() throws Exception {
        String org = Fixtures.organisation();
        ruleWithThreeUpdates(org);
        JsonNode page = MAPPER.readTree(given().get(rules(org) + "/FIN-01/history").asString());
        JsonNode entry = page.at("/items/3/entry");
        for (int i = 2; i >= 0; i--) {
            entry = JsonPatch.apply(page.at("/items/" + i + "/patch"), entry);
        }
        JsonNode current = MAPPER.readTree(given().get(rules(org) + "/FIN-01").asString());
        assertEquals(current, entry);
        assertEquals("P4Y", entry.get("period").asText());
    }

    @Test
    void oneRevisionIsReadByItsNumber() throws Exception {
        String org = Fixtures.organisation();
        ruleWithThreeUpdates(org);
        given().get(rules(org) + "/FIN-01/history/2").then().statusCode(200).body("entry.period", equalTo("P2Y"))
                .body("revision", is(2));
        given().get(rules(org) + "/FIN-01/history/9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void asAtJustBeforeTheSecondUpdateGivesTheFirstVersion() throws Exception {
        String org = Fixtures.organisation();
        List<Instant> after = ruleWithThreeUpdates(org);
        given().queryParam("asAt", after.get(1).toString()).get(rules(org) + "/FIN-01").then().statusCode(200)
                .body("period", equalTo("P2Y"));
        given().queryParam("asAt", after.get(1).toString()).get(rules(org)).then().statusCode(200)
                .body("totalSize", is(1)).body("items[0].period", equalTo("P2Y"));
    }

    @Test
    void listFiltersApplyToTheEntriesAsTheyStood() throws Exception {
        String org = Fixtures.organisation();
        List<Instant> after = ruleWithThreeUpdates(org);
        given().queryParam("asAt", after.get(0).toString()).queryParam("q", "accounts").get(rules(org)).then().body("totalSize", is(1));
        given().queryParam("asAt", after.get(0).toString()).queryParam("status", "RETIRED").get(rules(org)).then().body("totalSize", is(0));
    }

    @Test
    void afterADeleteAsAtBeforeItGivesTheEntryAndAfterItA404() throws Exception {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(rule("P1Y")).post(rules(org)).then().statusCode(201);
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        String etag = given().get(rules(org) + "/FIN-01").header("ETag");
        given().header("If-Match", etag).delete(rules(org) + "/FIN-01").then().statusCode(204);
        given().queryParam("asAt", before.toString()).get(rules(org) + "/FIN-01").then().statusCode(200).body("period", equalTo("P1Y"));
        given().queryParam("asAt", Instant.now().minusMillis(1).toString()).get(rules(org) + "/FIN-01").then().statusCode(404);
        given().get(rules(org) + "/FIN-01/history").then().statusCode(200).body("items[0].operation", equalTo("DELETE"));
    }

    @Test
    void anAsAtBeforeTheEntryExistedIs404AndABadOneIs400AndOneInTheFutureIsNow() {
        String org = Fixtures.organisation();
        Instant before = Instant.now().minusSeconds(60);
        given().contentType(ContentType.JSON).body(rule("P1Y")).post(rules(org)).then().statusCode(201);
        given().queryParam("asAt", before.toString()).get(rules(org) + "/FIN-01").then().statusCode(404);
        given().queryParam("asAt", "last tuesday").get(rules(org) + "/FIN-01").then().statusCode(400).body("errors[0].pointer", equalTo("asAt"));
        given().queryParam("asAt", "2999-01-01T00:00:00Z").get(rules(org) + "/FIN-01").then().statusCode(200).body("period", equalTo("P1Y"));
    }

    @Test
    void theOrganisationsOwnHistoryIsKept() {
        String org = Fixtures.organisation();
        String etag = given().get("/v1/organisations/" + org).header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("phone", "01632 960000"))
                .patch("/v1/organisations/" + org).then().statusCode(200);
        given().get("/v1/organisations/" + org + "/history").then().statusCode(200).body("totalSize", is(2))
                .body("items[0].entry.phone", equalTo("01632 960000"));
    }

    @Test
    void revisionsCannotBeChangedOrDeletedWhateverTheRole() throws SQLException {
        String org = Fixtures.organisation();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update revision set changed_by = 'mallory' where organisation_id = '" + org + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from revision where organisation_id = '" + org + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate revision"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('role', 'openropa_app', true)");
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from revision where organisation_id = '" + org + "'"));
            c.rollback();
        }
    }

    @Test
    void anUntouchedChainIsIntact() throws Exception {
        String org = Fixtures.organisation();
        ruleWithThreeUpdates(org);
        given().get("/v1/organisations/" + org + "/history/verify").then().statusCode(200)
                .body("intact", is(true)).body("checked", is(5)).body("headSequence", is(5));
    }

    @Test
    void aRevisionChangedInTheDatabaseIsReportedByTheChainCheck() throws Exception {
        String org = Fixtures.organisation();
        ruleWithThreeUpdates(org);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // As a superuser would: switch the guard off, rewrite one revision's content, switch it back on.
            s.execute("alter table revision disable trigger revision_append_only");
            s.executeUpdate("update revision set after = jsonb_set(after, '{period}', '\"P99Y\"') where organisation_id = '" + org
                    + "' and entry_type = 'RETENTION_RULE' and entry_revision = 2");
            s.execute("alter table revision enable trigger revision_append_only");
        }
        given().get("/v1/organisations/" + org + "/history/verify").then().statusCode(200)
                .body("intact", is(false)).body("firstBroken.entryType", equalTo("RETENTION_RULE"))
                .body("firstBroken.revision", is(2)).body("firstBroken.reason", equalTo("HASH_MISMATCH"));
    }

    @Test
    void historyAndAsAtReadsRunAFixedNumberOfStatementsWhateverTheLengthOfTheHistory() throws Exception {
        String org = Fixtures.organisation();
        List<Instant> after = ruleWithThreeUpdates(org);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long[] counts = new long[3];
        for (int round = 0; round < 2; round++) {
            stats.clear();
            given().get(rules(org) + "/FIN-01/history").then().statusCode(200);
            counts[0] = stats.getPrepareStatementCount();
            stats.clear();
            given().queryParam("asAt", after.get(1).toString()).get(rules(org)).then().statusCode(200);
            counts[1] = stats.getPrepareStatementCount();
            ruleWithThreeUpdatesAgain(org);
        }
        assertTrue(counts[0] <= 8, "history read: " + counts[0]);
        assertTrue(counts[1] <= 8, "list as at: " + counts[1]);
    }

    private static void ruleWithThreeUpdatesAgain(String org) {
        for (String period : List.of("P5Y", "P6Y", "P7Y")) {
            String etag = given().get(rules(org) + "/FIN-01").header("ETag");
            given().contentType("application/merge-patch+json").header("If-Match", etag).body(Map.of("period", period))
                    .patch(rules(org) + "/FIN-01").then().statusCode(200);
        }
    }
}
