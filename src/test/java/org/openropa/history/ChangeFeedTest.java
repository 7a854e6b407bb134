package org.openropa.history;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change feed gives a client every change exactly once, in commit order, while writers are busy. */
@QuarkusTest
class ChangeFeedTest {

    private static String path(String org) {
        return "/v1/organisations/" + org + "/changes";
    }

    @Test
    void aClientFollowingTheFeedWhileFourWritersMake200ChangesSeesEachOnce() throws Exception {
        String org = Fixtures.organisation();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    given().contentType(ContentType.JSON).body(Map.of("reference", "W" + writer + "-" + i, "name", "Measure " + i, "kind", "TECHNICAL"))
                            .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
                }
            }));
        }
        Set<String> seen = new HashSet<>();
        List<Long> sequences = new ArrayList<>();
        String cursor = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (seen.size() < 200 && System.currentTimeMillis() < deadline) {
            var request = given().queryParam("pageSize", 17);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response page = request.get(path(org));
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                sequences.add(((Number) item.get("sequence")).longValue());
                if (item.get("entryType").equals("SECURITY_MEASURE")) {
                    assertTrue(seen.add((String) item.get("reference")), "seen twice: " + item.get("reference"));
                }
            }
            cursor = page.path("nextCursor");
            if (items.isEmpty()) {
                Thread.sleep(20);
            }
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertEquals(200, seen.size());
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1, sequences.get(i), "sequence numbers come in order without gaps");
        }
    }

    @Test
    void aCursorThisServiceDidNotIssueIs400() {
        String org = Fixtures.organisation();
        given().queryParam("after", "not-a-cursor").get(path(org)).then().statusCode(400).body("errors[0].pointer", equalTo("after"));
    }

    @Test
    void theFeedStartsWithTheOrganisationsCreation() {
        String org = Fixtures.organisation();
        given().get(path(org)).then().statusCode(200).body("items[0].entryType", equalTo("ORGANISATION"))
                .body("items[0].operation", equalTo("CREATE")).body("items[0].sequence", equalTo(1));
    }
}
