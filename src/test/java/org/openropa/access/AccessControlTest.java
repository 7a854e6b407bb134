package org.openropa.access;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** API keys, tokens, roles and the wall between organisations. */
@QuarkusTest
class AccessControlTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> rule(String reference) {
        return Map.of("reference", reference, "recordSeries", "Accounts", "triggerEvent", "LAST_ACTION", "period", "P6Y",
                "disposalAction", "DESTROY");
    }

    @Test
    void noCredentialsIs401WithAChallengeAsAProblem() {
        given().header(AuthenticatedTests.NO_CREDENTIALS, "yes").get("/v1/organisations").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void referenceDataHealthAndTheDocumentNeedNoCredentials() {
        given().header(AuthenticatedTests.NO_CREDENTIALS, "yes").get("/v1/reference/lawful-bases").then().statusCode(200);
        given().header(AuthenticatedTests.NO_CREDENTIALS, "yes").get("/q/health/ready").then().statusCode(200);
        given().header(AuthenticatedTests.NO_CREDENTIALS, "yes").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void metricsNeedCredentials() {
        given().header(AuthenticatedTests.NO_CREDENTIALS, "yes").get("/q/metrics").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void anUnknownKeyIs401() {
        given().header("Authorization", "Bearer ork_000000000000_not-a-key-we-issued-aaaaaaaaaaaaaaaaaaaaaaaa").get("/v1/organisations")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aRevokedKeyIs401() {
        String org = Fixtures.organisation();
        String key = Credentials.revokedKey(org);
        given().header("Authorization", "Bearer " + key).get("/v1/organisations/" + org).then().statusCode(401);
    }

    @Test
    void anExpiredKeyIs401() throws Exception {
        String org = Fixtures.organisation();
        String key = given().contentType(ContentType.JSON).body(Map.of("name", "Short-lived", "role", "READER",
                "expiresAt", Instant.now().plusSeconds(3).toString())).post("/v1/api-keys").then().statusCode(201).extract().path("key");
        given().header("Authorization", "Bearer " + key).get("/v1/organisations/" + org).then().statusCode(200);
        Thread.sleep(3500);
        given().header("Authorization", "Bearer " + key).get("/v1/organisations/" + org).then().statusCode(401);
    }

    @Test
    void aKeyIsAlsoAcceptedAsXApiKey() {
        String org = Fixtures.organisation();
        String key = Credentials.key(Role.READER, List.of(org));
        given().header("X-API-Key", key).get("/v1/organisations/" + org).then().statusCode(200);
    }

    @Test
    void aKeyIsShownOnceAndNeverListed() {
        String org = Fixtures.organisation();
        String key = Credentials.key(Role.READER, List.of(org));
        String id = Credentials.idOf(key);
        given().get("/v1/api-keys/" + id).then().statusCode(200).body("key", nullValue()).body("prefix", equalTo(key.substring(0, 16)))
                .body("organisations", equalTo(List.of(org))).body(not(containsString(key.substring(17))));
        given().queryParam("pageSize", 500).get("/v1/api-keys").then().body(not(containsString(key.substring(17))));
    }

    @Test
    void theDatabaseHoldsNoKeyInClearText() {
        String org = Fixtures.organisation();
        String key = Credentials.key(Role.READER, List.of(org));
        List<?> rows = em.createNativeQuery("select cast(row_to_json(k) as text) from api_key k").getResultList();
        rows.forEach(row -> assertFalse(row.toString().contains(key.substring(17)), "a stored key row holds the secret"));
    }

    @Test
    void aReaderReadsItsOrganisationButCannotWrite() {
        String org = Fixtures.organisation();
        String reader = "Bearer " + Credentials.key(Role.READER, List.of(org));
        given().header("Authorization", reader).get("/v1/organisations/" + org + "/retention-rules").then().statusCode(200);
        given().header("Authorization", reader).contentType(ContentType.JSON).body(rule("R-1"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anotherOrganisationIs404AsIfItDidNotExist() {
        String own = Fixtures.organisation();
        String other = Fixtures.organisation();
        String editor = "Bearer " + Credentials.key(Role.EDITOR, List.of(own));
        String missing = given().header("Authorization", editor).get("/v1/organisations/no-such-org").then().statusCode(404).extract().path("detail");
        String walled = given().header("Authorization", editor).get("/v1/organisations/" + other).then().statusCode(404).extract().path("detail");
        assertEquals(missing.replace("no-such-org", other), walled);
        given().header("Authorization", editor).contentType(ContentType.JSON).body(rule("R-1"))
                .post("/v1/organisations/" + other + "/retention-rules").then().statusCode(404);
    }

    @Test
    void theOrganisationListShowsOnlyCoveredOrganisations() {
        String own = Fixtures.organisation();
        String other = Fixtures.organisation();
        String reader = "Bearer " + Credentials.key(Role.READER, List.of(own));
        given().header("Authorization", reader).queryParam("pageSize", 500).get("/v1/organisations").then().statusCode(200)
                .body("items.id", equalTo(List.of(own))).body("items.id", not(hasItem(other)));
    }

    @Test
    void anEditorChangesEntriesButNotCustomFieldsOrTheOrganisation() {
        String org = Fixtures.organisation();
        String editor = "Bearer " + Credentials.key(Role.EDITOR, List.of(org));
        given().header("Authorization", editor).contentType(ContentType.JSON).body(rule("R-1"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        given().header("Authorization", editor).contentType(ContentType.JSON).body(Map.of("reference", "band", "label", "Band", "type", "TEXT"))
                .post("/v1/organisations/" + org + "/custom-fields").then().statusCode(403);
        String etag = given().get("/v1/organisations/" + org).header("ETag");
        given().header("Authorization", editor).header("If-Match", etag).contentType("application/merge-patch+json").body(Map.of("phone", "1"))
                .patch("/v1/organisations/" + org).then().statusCode(403);
    }

    @Test
    void onlyAnAdminCoveringEveryOrganisationManagesKeysAndCreatesOrganisations() {
        String org = Fixtures.organisation();
        String localAdmin = "Bearer " + Credentials.key(Role.ADMIN, List.of(org));
        given().header("Authorization", localAdmin).get("/v1/api-keys").then().statusCode(403);
        given().header("Authorization", localAdmin).contentType(ContentType.JSON)
                .body(Map.of("id", Fixtures.unique("org"), "name", "New", "type", "DISTRICT")).post("/v1/organisations").then().statusCode(403);
        given().header("Authorization", localAdmin).contentType(ContentType.JSON).body(Map.of("reference", "band", "label", "Band", "type", "TEXT"))
                .post("/v1/organisations/" + org + "/custom-fields").then().statusCode(201);
    }

    @Test
    void historyRecordsTheKeyThatMadeAChange() {
        String org = Fixtures.organisation();
        String key = Credentials.key(Role.EDITOR, List.of(org));
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(rule("R-1"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        Object actor = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select changed_by from revision where organisation_id = ?1 and entry_type = 'RETENTION_RULE'").setParameter(1, org).getSingleResult());
        assertEquals("api-key " + Credentials.idOf(key) + " (Test EDITOR)", actor);
    }

    @Test
    void aTokenFromTheConfiguredIssuerIsAccepted() {
        String org = Fixtures.organisation();
        String token = Credentials.token("EDITOR", List.of(org));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(rule("R-1"))
                .post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        given().header("Authorization", "Bearer " + token).get("/v1/organisations/" + Fixtures.organisation()).then().statusCode(404);
    }

    @Test
    void aTokenWithAnotherIssuerAudienceOrPastItsExpiryIs401() {
        String org = Fixtures.organisation();
        for (String token : List.of(
                Credentials.token("https://someone-else.example", "openropa", Instant.now().plusSeconds(300), "ADMIN", List.of(org)),
                Credentials.token(Credentials.ISSUER, "another-api", Instant.now().plusSeconds(300), "ADMIN", List.of(org)),
                Credentials.token(Credentials.ISSUER, "openropa", Instant.now().minusSeconds(600), "ADMIN", List.of(org)))) {
            given().header("Authorization", "Bearer " + token).get("/v1/organisations/" + org).then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        String org = Fixtures.organisation();
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        String forged = Jwt.issuer(Credentials.ISSUER).audience("openropa").subject("svc").claim("roles", List.of("ADMIN"))
                .claim("organisations", List.of(org)).sign(other.generateKeyPair().getPrivate());
        given().header("Authorization", "Bearer " + forged).get("/v1/organisations/" + org).then().statusCode(401);
    }

    @Test
    void aTokenWithoutARoleIs403() {
        String org = Fixtures.organisation();
        String token = Credentials.token("VISITOR", List.of(org));
        given().header("Authorization", "Bearer " + token).get("/v1/organisations/" + org).then().statusCode(403);
    }

    @Test
    void corsAllowsNoOriginByDefault() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/v1/organisations").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aCreatedKeyCarriesWhenAndByWhom() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Audit", "role", "READER")).post("/v1/api-keys").then().statusCode(201)
                .header("Cache-Control", "no-store").body("key", notNullValue()).body("apiKey.createdBy", containsString("Bootstrap administrator"))
                .body("apiKey.revoked", equalTo(false));
    }
}
