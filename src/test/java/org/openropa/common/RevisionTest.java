package org.openropa.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every write is recorded with the entry before and after, in the same transaction; a refused write records nothing. */
@QuarkusTest
class RevisionTest {

    @Inject
    EntityManager em;

    @Test
    void createUpdateAndDeleteEachRecordARevision() {
        String org = Fixtures.organisation();
        String base = "/v1/organisations/" + org + "/security-measures";
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("reference", "SM-1", "name", "Firewalls", "kind", "TECHNICAL")).post(base);
        String id = created.jsonPath().getString("id");
        Response patched = given().contentType("application/merge-patch+json").header("If-Match", created.getHeader("ETag"))
                .body("{\"name\": \"Firewalls and anti-malware\"}").patch(base + "/SM-1");
        given().contentType("application/merge-patch+json").header("If-Match", patched.getHeader("ETag"))
                .body("{\"kind\": \"MAGIC\"}").patch(base + "/SM-1").then().statusCode(400);
        given().header("If-Match", patched.getHeader("ETag")).delete(base + "/SM-1").then().statusCode(204);

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select action, cast(before as text), cast(after as text) from revision where entry_id = ?1 order by id", Object[].class)
                .setParameter(1, id).getResultList());
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), rows.stream().map(r -> (String) r[0]).toList());
        assertNull(rows.get(0)[1]);
        assertTrue(((String) rows.get(1)[1]).contains("\"Firewalls\""));
        assertTrue(((String) rows.get(1)[2]).contains("Firewalls and anti-malware"));
        assertNull(rows.get(2)[2]);
    }
}
