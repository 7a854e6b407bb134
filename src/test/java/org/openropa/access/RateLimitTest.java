package org.openropa.access;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Below its rate a client sees only the RateLimit headers; over it, 429 problems with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openropa.rate-limit.per-credential", "5", "openropa.rate-limit.per-address", "3",
                    "openropa.rate-limit.window", "60s");
        }
    }

    @Test
    void aCredentialOverItsRateGets429WithRetryAfterAndOthersAreUnaffected() {
        String token = token();
        for (int i = 1; i <= 5; i++) {
            Response ok = given().header("Authorization", "Bearer " + token).get("/v1/organisations");
            ok.then().statusCode(200);
            assertEquals("5", ok.header("RateLimit-Limit"));
            assertEquals(String.valueOf(5 - i), ok.header("RateLimit-Remaining"), "request " + i);
            assertEquals("5;w=60", ok.header("RateLimit-Policy"));
        }
        Response refused = given().header("Authorization", "Bearer " + token).get("/v1/organisations");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("5 requests per 60 s for these credentials"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "one request refills in 12 s: " + retryAfter);
        assertEquals("0", refused.header("RateLimit-Remaining"));

        given().header("Authorization", "Bearer " + token()).get("/v1/organisations").then().statusCode(200);
    }

    @Test
    void callsWithoutCredentialsAreLimitedByClientAddress() {
        for (int i = 0; i < 3; i++) {
            given().header(AuthenticatedTests.NO_CREDENTIALS, "x").get("/v1/organisations").then().statusCode(401);
        }
        Response refused = given().header(AuthenticatedTests.NO_CREDENTIALS, "x").get("/v1/reference/lawful-bases");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("for this client address"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        // the limit is the address's, not the server's: a caller with credentials still gets through
        given().header("Authorization", "Bearer " + token()).get("/v1/organisations").then().statusCode(200);
    }

    /** A token of its own subject: each test draws from its own bucket. */
    private static String token() {
        return Jwt.issuer(Credentials.ISSUER).audience("openropa").subject("rate-" + UUID.randomUUID())
                .claim("roles", List.of("READER")).claim("organisations", List.of("*"))
                .expiresAt(Instant.now().plusSeconds(300)).sign();
    }
}
