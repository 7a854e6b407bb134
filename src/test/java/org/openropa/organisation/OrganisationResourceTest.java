package org.openropa.organisation;

import org.openropa.common.paging.Paging;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OrganisationResourceTest {

    private static Map<String, Object> full(String id) {
        return Map.ofEntries(
                Map.entry("id", id),
                Map.entry("name", "King's Lynn Test Council"),
                Map.entry("type", "DISTRICT"),
                Map.entry("icoRegistrationNumber", "ZA032549"),
                Map.entry("employeeCount", 1200),
                Map.entry("address", Map.of("lines", List.of("King's Court", "Chapel Street"), "town", "King's Lynn", "postcode", "PE30 1EX")),
                Map.entry("email", "info@example.gov.uk"),
                Map.entry("phone", "01553 616200"),
                Map.entry("website", "https://www.example.gov.uk"),
                Map.entry("dataProtectionOfficer", Map.of("name", "Jane Smith", "role", "Data Protection Officer",
                        "email", "dpo@example.gov.uk", "phone", "01553 616000",
                        "address", Map.of("lines", List.of("King's Court"), "town", "King's Lynn", "postcode", "PE30 1EX"))),
                Map.entry("representative", Map.of("name", "Not applicable")),
                Map.entry("businessFunctions", List.of(Map.of("reference", "FIN", "name", "Finance"))));
    }

    private static Response create(String id) {
        Response created = given().contentType(ContentType.JSON).body(full(id)).post("/v1/organisations");
        created.then().statusCode(201);
        return created;
    }

    private static Map<String, Object> renamed(String id) {
        Map<String, Object> changed = new java.util.HashMap<>(full(id));
        changed.put("name", "Renamed Council");
        return changed;
    }

    @Test
    void createAnswers201WithLocationETagAndTheStoredOrganisation() {
        String id = Fixtures.unique("org");
        given().contentType(ContentType.JSON).body(full(id)).post("/v1/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/v1/organisations/" + id))
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("publicAuthority", is(true))
                .body("dataProtectionOfficer.email", equalTo("dpo@example.gov.uk"))
                .body("businessFunctions[0].reference", equalTo("FIN"))
                .body("createdAt", notNullValue());
    }

    @Test
    void readGivesTheSameETagAnd304WhenUnchanged() {
        String id = Fixtures.unique("org");
        String etag = create(id).getHeader("ETag");
        given().get("/v1/organisations/" + id).then().statusCode(200).header("ETag", etag).body("address.postcode", equalTo("PE30 1EX"));
        given().header("If-None-Match", etag).get("/v1/organisations/" + id).then().statusCode(304);
    }

    @Test
    void replaceWithoutIfMatchIs428() {
        String id = Fixtures.unique("org");
        create(id);
        given().contentType(ContentType.JSON).body(renamed(id)).put("/v1/organisations/" + id)
                .then().statusCode(428).contentType("application/problem+json").body("status", is(428));
    }

    @Test
    void replaceWithAStaleETagIs412() {
        String id = Fixtures.unique("org");
        create(id);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(renamed(id)).put("/v1/organisations/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void replaceWithTheCurrentETagChangesTheOrganisationAndItsETag() {
        String id = Fixtures.unique("org");
        String etag = create(id).getHeader("ETag");
        Response replaced = given().contentType(ContentType.JSON).header("If-Match", etag).body(renamed(id)).put("/v1/organisations/" + id);
        replaced.then().statusCode(200).body("name", equalTo("Renamed Council"));
        assertNotEquals(etag, replaced.getHeader("ETag"));
    }

    @Test
    void deleteNeedsTheCurrentETagAndThenTheOrganisationIsGone() {
        String id = Fixtures.unique("org");
        String etag = create(id).getHeader("ETag");
        given().header("If-Match", "\"999\"").delete("/v1/organisations/" + id).then().statusCode(412);
        given().header("If-Match", etag).delete("/v1/organisations/" + id).then().statusCode(204);
        given().get("/v1/organisations/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theComplaintsRouteIsStoredAndShown() {
        String id = Fixtures.unique("org");
        Map<String, Object> body = new java.util.HashMap<>(full(id));
        body.put("complaints", Map.of("url", "https://www.example.gov.uk/complaints", "email", "dpo@example.gov.uk",
                "howToComplain", "Use the form; we acknowledge within 30 days."));
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations").then().statusCode(201);
        given().get("/v1/organisations/" + id).then().body("complaints.url", equalTo("https://www.example.gov.uk/complaints"))
                .body("complaints.howToComplain", equalTo("Use the form; we acknowledge within 30 days."));
    }

    @Test
    void roundTripOfAGetBodyThroughPutLeavesItUnchanged() {
        String id = Fixtures.unique("org");
        Response created = given().contentType(ContentType.JSON).body(full(id)).post("/v1/organisations");
        Map<String, Object> body = created.as(Map.class);
        Response replaced = given().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag"))
                .body(body).put("/v1/organisations/" + id);
        replaced.then().statusCode(200);
        Map<String, Object> after = replaced.as(Map.class);
        after.remove("updatedAt");
        body.remove("updatedAt");
        assertEquals(body, after);
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        String id = Fixtures.unique("org");
        Response created = given().contentType(ContentType.JSON).body(full(id)).post("/v1/organisations");
        given().contentType("application/merge-patch+json").header("If-Match", created.getHeader("ETag"))
                .body("{\"phone\": null, \"dataProtectionOfficer\": {\"email\": \"new-dpo@example.gov.uk\"}}")
                .patch("/v1/organisations/" + id)
                .then().statusCode(200)
                .body("phone", nullValue())
                .body("dataProtectionOfficer.email", equalTo("new-dpo@example.gov.uk"))
                .body("dataProtectionOfficer.name", equalTo("Jane Smith"))
                .body("name", equalTo("King's Lynn Test Council"));
        given().contentType("application/merge-patch+json").header("If-Match", created.getHeader("ETag"))
                .body("{\"phone\": \"1\"}").patch("/v1/organisations/" + id).then().statusCode(412);
        Response current = given().get("/v1/organisations/" + id);
        given().contentType("application/merge-patch+json").header("If-Match", current.getHeader("ETag"))
                .body("{\"dataProtectionOfficer\": {\"email\": \"not-an-email\"}, \"type\": \"CASTLE\"}")
                .patch("/v1/organisations/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("#/type"));
        given().contentType("application/merge-patch+json").header("If-Match", current.getHeader("ETag"))
                .body("{\"dataProtectionOfficer\": {\"email\": \"not-an-email\"}}")
                .patch("/v1/organisations/" + id)
                .then().statusCode(400).body("errors.pointer", hasItems("#/dataProtectionOfficer/email"));
    }

    @Test
    void invalidFieldsAreEachNamedByPointer() {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", "Bad Slug!", "name", "", "type", "DISTRICT", "icoRegistrationNumber", "12345",
                        "website", "not a url", "dataProtectionOfficer", Map.of("email", "nope"),
                        "businessFunctions", List.of(Map.of("reference", "FIN", "name", "Finance"), Map.of("reference", "FIN", "name", "Again"))))
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-error"))
                .body("errors.pointer", hasItems("#/id", "#/name", "#/icoRegistrationNumber", "#/website",
                        "#/dataProtectionOfficer/email"));
        String id = Fixtures.unique("org");
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "X", "type", "DISTRICT",
                        "businessFunctions", List.of(Map.of("reference", "FIN", "name", "Finance"), Map.of("reference", "FIN", "name", "Again"))))
                .post("/v1/organisations")
                .then().statusCode(400).body("errors.pointer", hasItems("#/businessFunctions/1/reference"));
    }

    @Test
    void wrongJsonTypesUnknownEnumsAndUnknownFieldsAreRejected() {
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": \"X\", \"type\": \"CASTLE\"}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/type"))
                .body("errors[0].detail", containsString("DISTRICT"));
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": 12, \"type\": \"DISTRICT\"}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/name"));
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": \"X\", \"type\": \"DISTRICT\", \"employeeCount\": \"many\"}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/employeeCount"));
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": \"X\", \"type\": \"DISTRICT\", \"employeeCount\": 99999999999999}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/employeeCount"));
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": \"X\", \"type\": \"DISTRICT\", \"colour\": \"red\"}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/colour"));
        given().contentType(ContentType.JSON).body("{\"id\": \"abc-x\", \"name\": ")
                .post("/v1/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", not(containsString("jackson")));
        given().contentType(ContentType.JSON).body("")
                .post("/v1/organisations").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1,2]")
                .post("/v1/organisations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void duplicateIdIsAConflict() {
        String id = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(Map.of("id", id, "name", "Again", "type", "COUNTY"))
                .post("/v1/organisations").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aListOfManyPagesThroughVisitingEachOnce() {
        String marker = Fixtures.unique("paging");
        for (int i = 0; i < 120; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("id", marker + "-" + i, "name", "Paging " + marker + " " + i, "type", i % 2 == 0 ? "PARISH_TOWN_COUNCIL" : "COUNTY"))
                    .post("/v1/organisations").then().statusCode(201);
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", marker).queryParam("pageSize", 25);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            Response page = request.get("/v1/organisations");
            page.then().statusCode(200).body("totalSize", is(120));
            List<String> ids = page.jsonPath().getList("items.id");
            for (String id : ids) {
                assertTrue(seen.add(id), "visited twice: " + id);
            }
            token = page.jsonPath().getString("nextPageToken");
            if (token != null) {
                assertTrue(page.getHeader("Link").contains("rel=\"next\""));
                assertTrue(page.getHeader("Link").contains("pageToken="));
            }
            pages++;
        } while (token != null);
        assertEquals(120, seen.size());
        assertEquals(5, pages);

        given().queryParam("q", marker).queryParam("type", "PARISH_TOWN_COUNCIL").get("/v1/organisations")
                .then().statusCode(200).body("totalSize", is(60)).body("items.type", not(hasItems("COUNTY")));
        given().queryParam("q", marker).queryParam("type", "PARISH_TOWN_COUNCIL").get("/v1/organisations")
                .then().body("items[0].publicAuthority", is(false));
    }

    @Test
    void badPagingParametersAre400() {
        given().queryParam("pageSize", 0).get("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("pageSize"));
        given().queryParam("pageSize", 501).get("/v1/organisations").then().statusCode(400);
        given().queryParam("pageSize", "ten").get("/v1/organisations").then().statusCode(400);
        given().queryParam("pageToken", "tampered").get("/v1/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("pageToken"));
        given().queryParam("type", "CASTLE").get("/v1/organisations").then().statusCode(400);
        given().queryParam("sort", "colour").get("/v1/organisations").then().statusCode(400);

        String marker = Fixtures.unique("tamper");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("id", marker + "-" + i, "name", marker + i, "type", "COUNTY"))
                    .post("/v1/organisations").then().statusCode(201);
        }
        String token = given().queryParam("q", marker).queryParam("pageSize", 1).get("/v1/organisations")
                .jsonPath().getString("nextPageToken");
        String flipped = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        given().queryParam("q", marker).queryParam("pageToken", flipped).get("/v1/organisations").then().statusCode(400);
        given().queryParam("q", "other").queryParam("pageToken", token).get("/v1/organisations").then().statusCode(400);
        given().queryParam("q", marker).queryParam("pageToken", token).queryParam("pageSize", 1).get("/v1/organisations")
                .then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void unknownOrganisationIs404() {
        given().get("/v1/organisations/no-such-org").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404)).body("instance", equalTo("/v1/organisations/no-such-org"));
        given().header("If-Match", "\"0\"").delete("/v1/organisations/no-such-org").then().statusCode(404);
    }
}
