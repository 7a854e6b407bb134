package org.openropa.retention;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many writers at once on one entry or one reference: one winner per version, never a duplicate, never a 500. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int WRITERS = 20;

    @Test
    void concurrentCreatesWithOneReferenceGiveOne201AndConflicts() throws Exception {
        String org = Fixtures.organisation();
        List<Response> answers = all(i -> given().contentType(ContentType.JSON).body(RetentionRuleResourceTest.rule("RACE-1"))
                .post("/v1/organisations/" + org + "/retention-rules"));
        assertEquals(1, count(answers, 201), statuses(answers));
        assertEquals(WRITERS - 1, count(answers, 409), statuses(answers));
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> assertTrue(a.contentType().startsWith("application/problem+json")));
        given().queryParam("reference", "RACE-1").get("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(200).body("totalSize", equalTo(1));
    }

    @Test
    void concurrentCreateOrReplaceByReferenceIsIdempotent() throws Exception {
        String org = Fixtures.organisation();
        Map<String, Object> body = RetentionRuleResourceTest.rule("RACE-2");
        List<Response> answers = all(i -> given().contentType(ContentType.JSON).body(body)
                .put("/v1/organisations/" + org + "/retention-rules/by-reference/RACE-2"));
        assertEquals(1, count(answers, 201), statuses(answers));
        assertEquals(WRITERS - 1, count(answers, 200), statuses(answers));
        given().queryParam("reference", "RACE-2").get("/v1/organisations/" + org + "/retention-rules")
                .then().statusCode(200).body("totalSize", equalTo(1))
                .body("items[0].recordSeries", equalTo("Accounts payable"));
    }

    @Test
    void concurrentConditionalUpdatesOfOneVersionHaveOneWinner() throws Exception {
        String org = Fixtures.organisation();
        Response created = given().contentType(ContentType.JSON).body(RetentionRuleResourceTest.rule("RACE-3"))
                .post("/v1/organisations/" + org + "/retention-rules");
        String etag = created.header("ETag");
        String id = created.path("id");
        List<Response> answers = all(i -> {
            Map<String, Object> body = RetentionRuleResourceTest.rule("RACE-3");
            body.put("recordSeries", "Writer " + i);
            return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .put("/v1/organisations/" + org + "/retention-rules/" + id);
        });
        assertEquals(1, count(answers, 200), statuses(answers));
        assertEquals(WRITERS - 1, count(answers, 412), statuses(answers));
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("recordSeries");
        given().get("/v1/organisations/" + org + "/retention-rules/" + id).then().statusCode(200)
                .body("recordSeries", equalTo(winner));
        given().get("/v1/organisations/" + org + "/retention-rules/" + id + "/history").then().statusCode(200)
                .body("totalSize", equalTo(2));
    }

    /** Starts every writer at once and waits for all the answers. */
    private static List<Response> all(IntFunction<Response> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                Callable<Response> call = () -> {
                    start.await();
                    return writer.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(a -> a.statusCode() == status).count();
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().map(a -> String.valueOf(a.statusCode())).sorted().toList().toString();
    }
}
