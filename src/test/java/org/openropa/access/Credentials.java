package org.openropa.access;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** Credentials tests make for themselves: API keys through the API (as the suite's ADMIN), tokens signed by the test issuer. */
final class Credentials {

    static final String ISSUER = "https://login.test.openropa";

    private Credentials() {
    }

    /** A new API key with this role for these organisations (null: every one); returns the key. */
    static String key(Role role, List<String> organisations) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Test " + role, "role", role.name()));
        if (organisations != null) {
            body.put("organisations", organisations);
        }
        return given().contentType(ContentType.JSON).body(body).post("/v1/api-keys").then().statusCode(201)
                .extract().path("key");
    }

    static String revokedKey(String organisation) {
        String key = key(Role.ADMIN, List.of(organisation));
        String id = given().header("Authorization", "Bearer " + key).get("/v1/organisations/" + organisation).then().statusCode(200)
                .extract().header("ETag") == null ? null : idOf(key);
        given().delete("/v1/api-keys/" + id).then().statusCode(200);
        return key;
    }

    static String idOf(String key) {
        List<Map<String, Object>> items = given().queryParam("pageSize", 500).get("/v1/api-keys").then().extract().path("items");
        return items.stream().filter(k -> key.startsWith((String) k.get("prefix"))).map(k -> (String) k.get("id")).findFirst().orElseThrow();
    }

    /** A token the test issuer signs for the role and organisations. */
    static String token(String role, List<String> organisations) {
        return Jwt.issuer(ISSUER).audience("openropa").subject("svc-crm").claim("roles", List.of(role))
                .claim("organisations", organisations).expiresAt(Instant.now().plusSeconds(300)).sign();
    }

    static String token(String issuer, String audience, Instant expiresAt, String role, List<String> organisations) {
        return Jwt.issuer(issuer).audience(Set.of(audience)).subject("svc-crm").claim("roles", List.of(role))
                .claim("organisations", organisations).expiresAt(expiresAt).sign();
    }
}
