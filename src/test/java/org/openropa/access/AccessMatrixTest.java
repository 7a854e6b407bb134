package org.openropa.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation in the OpenAPI document, with no credentials, a revoked key, an expired key, and a READER, an
 * EDITOR and an ADMIN key each for its own and for another organisation: each answer is the one the rules give.
 */
@QuarkusTest
class AccessMatrixTest {

    private record Operation(String method, String path) {
        boolean read() {
            return method.equals("get");
        }

        boolean organisationScoped() {
            return path.startsWith("/v1/organisations/{organisationId}");
        }

        boolean adminOnlyInOrganisation() {
            return path.equals("/v1/organisations/{organisationId}") || path.startsWith("/v1/organisations/{organisationId}/custom-fields");
        }

        boolean global() {
            return path.startsWith("/v1/api-keys") || path.equals("/v1/organisations");
        }
    }

    private static List<Operation> operations() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(given().queryParam("format", "yaml").get("/q/openapi").asString());
        List<Operation> all = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(m) && p.getKey().startsWith("/v1/")) {
                all.add(new Operation(m, p.getKey()));
            }
        }));
        return all;
    }

    private static Response call(Operation op, String organisation, String authorization) {
        String path = op.path().replace("{organisationId}", organisation).replace("{revision}", "1").replaceAll("\\{\\w+}", "x");
        var request = given().contentType(ContentType.JSON).body("{}").header("If-Match", "\"0\"");
        request = authorization == null ? request.header(AuthenticatedTests.NO_CREDENTIALS, "yes") : request.header("Authorization", authorization);
        return request.request(op.method().toUpperCase(), path);
    }

    @Test
    void everyOperationAnswersEachCallerAsTheRulesSay() throws Exception {
        String own = Fixtures.organisation();
        String other = Fixtures.organisation();
        String revoked = "Bearer " + Credentials.revokedKey(own);
        String expiring = "Bearer " + given().contentType(ContentType.JSON).body(Map.of("name", "Expiring", "role", "ADMIN",
                "expiresAt", Instant.now().plusSeconds(3).toString())).post("/v1/api-keys").then().statusCode(201).extract().path("key");
        Map<Role, String> keys = Map.of(
                Role.READER, "Bearer " + Credentials.key(Role.READER, List.of(own)),
                Role.EDITOR, "Bearer " + Credentials.key(Role.EDITOR, List.of(own)),
                Role.ADMIN, "Bearer " + Credentials.key(Role.ADMIN, List.of(own)));
        Thread.sleep(3200);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : operations()) {
            boolean open = op.path().startsWith("/v1/reference");
            for (String bad : new String[] {null, revoked, expiring}) {
                int status = call(op, own, bad).statusCode();
                checked++;
                if (open ? status == 401 || status == 403 : status != 401) {
                    wrong.add(op + " with " + (bad == null ? "no credentials" : bad.equals(revoked) ? "a revoked key" : "an expired key") + ": " + status);
                }
            }
            for (Map.Entry<Role, String> key : keys.entrySet()) {
                Role role = key.getKey();
                for (String organisation : List.of(own, other)) {
                    Response response = call(op, organisation, key.getValue());
                    int status = response.statusCode();
                    checked++;
                    String expected;
                    if (open) {
                        expected = status == 401 || status == 403 ? "not 401 or 403" : null;
                    } else if (op.global()) {
                        boolean allowed = op.path().equals("/v1/organisations") && op.read();
                        expected = allowed ? (status == 401 || status == 403 ? "allowed" : null) : (status != 403 ? "403" : null);
                    } else if (organisation.equals(other)) {
                        expected = status != 404 ? "404" : null;
                    } else {
                        Role needed = op.read() ? Role.READER : op.adminOnlyInOrganisation() ? Role.ADMIN : Role.EDITOR;
                        boolean organisationMissing = status == 404 && String.valueOf((Object) response.path("detail")).startsWith("There is no organisation");
                        if (role.allows(needed)) {
                            expected = status == 401 || status == 403 || organisationMissing ? "allowed" : null;
                        } else {
                            expected = status != 403 ? "403" : null;
                        }
                    }
                    if (expected != null) {
                        wrong.add(op + " as " + role + (organisation.equals(own) ? " of its own" : " of another") + " organisation: " + status
                                + ", expected " + expected);
                    }
                }
            }
        }
        assertTrue(checked > 400, "answers checked: " + checked);
        assertEquals(List.of(), wrong);
    }
}
