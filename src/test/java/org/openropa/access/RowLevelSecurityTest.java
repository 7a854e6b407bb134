package org.openropa.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PostgreSQL's row-level security holds the wall between organisations even for a query without its organisation filter. */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    EntityManager em;

    @Inject
    RequestCaller requestCaller;

    @AfterEach
    void asTheServiceAgain() {
        requestCaller.set(null, null);
    }

    private static String organisationWithARule() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("reference", "R-1", "recordSeries", "Accounts", "triggerEvent", "LAST_ACTION",
                "period", "P6Y", "disposalAction", "DESTROY")).post("/v1/organisations/" + org + "/retention-rules").then().statusCode(201);
        return org;
    }

    @Test
    void aQueryWithoutItsOrganisationFilterSeesOnlyTheRequestsOrganisation() {
        String own = organisationWithARule();
        String other = organisationWithARule();
        requestCaller.set(new Caller("test reader", Role.READER, Set.of(own)), own);

        List<String> hql = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select r.organisationId from RetentionRule r", String.class).getResultList());
        @SuppressWarnings("unchecked")
        List<String> sql = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select organisation_id from retention_rule").getResultList());
        @SuppressWarnings("unchecked")
        List<String> organisations = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select id from organisation").getResultList());

        assertTrue(hql.contains(own) && !hql.contains(other), "HQL saw " + hql);
        assertEquals(Set.of(own), Set.copyOf(sql));
        assertEquals(List.of(own), organisations);
    }

    @Test
    void aWriteIntoAnotherOrganisationIsRefusedByTheDatabase() {
        String own = organisationWithARule();
        String other = Fixtures.organisation();
        requestCaller.set(new Caller("test editor", Role.EDITOR, Set.of(own)), own);
        Exception refused = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update retention_rule set organisation_id = ?1 where organisation_id = ?2").setParameter(1, other).setParameter(2, own).executeUpdate());
        } catch (Exception e) {
            refused = e;
        }
        assertTrue(refused != null, "moving a row into another organisation must fail");
    }
}
