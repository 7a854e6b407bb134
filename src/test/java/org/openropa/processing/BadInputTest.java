package org.openropa.processing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every field of a full activity replaced by values of every wrong shape: the answer is a success or an
 * RFC 9457 problem with a 4xx status, never a 500, and a refused write leaves nothing behind.
 */
@QuarkusTest
class BadInputTest {

    private static final List<Object> VALUES = Arrays.asList(null, 1, -1, 1.5, "x", "", true, List.of(), Map.of(),
            List.of(1), Arrays.asList((Object) null), List.of(Map.of("a", 1)), Map.of("a", 1), "2026-13-45", "P-1Y", "ZZ",
            new java.math.BigInteger("100000000000000000000"), "a\u0000b");

    @Test
    void noFieldValueGivesAServerError() {
        String org = Fixtures.organisation();
        ActivityFixtures.registers(org);
        String base = "/v1/organisations/" + org + "/processing-activities";
        Map<String, Object> full = ActivityFixtures.full("PA-BASE");
        List<String> failures = new ArrayList<>();
        int n = 0;
        int created = 0;
        for (String field : full.keySet()) {
            if (field.equals("reference")) {
                continue;
            }
            for (Object value : VALUES) {
                Map<String, Object> body = new HashMap<>(full);
                body.put(field, value);
                body.put("reference", "BAD-" + n++);
                Response r = given().contentType(ContentType.JSON).body(body).post(base);
                if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !r.contentType().startsWith("application/problem+json"))) {
                    failures.add(field + "=" + value + " gave " + r.statusCode());
                } else if (r.statusCode() < 300) {
                    created++;
                }
            }
        }
        assertEquals(List.of(), failures);
        long stored = given().queryParam("pageSize", 1).get(base).jsonPath().getLong("totalSize");
        assertEquals(created, stored, "only accepted writes are stored");
    }
}
