package org.openropa.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openropa.common.Fixtures;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SecurityMeasureResourceTest {

    static Map<String, Object> measure(String reference, String kind, List<String> points, String visibility) {
        return Map.of("reference", reference, "name", "Measure " + reference, "kind", kind,
                "article32Points", points, "visibility", visibility,
                "assurance", List.of(Map.of("scheme", "Cyber Essentials Plus", "achievedDate", "2026-03-01", "expiryDate", "2027-03-01")));
    }

    /** A technical measure serving point A, and two internal ones serving B. */
    private static String catalogueOfThree() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(measure("SM-ENC", "TECHNICAL", List.of("A"), "PUBLIC"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(measure("SM-TRAIN", "ORGANISATIONAL", List.of("B", "D"), "INTERNAL"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
        given().contentType(ContentType.JSON).body(measure("SM-LOCK", "PHYSICAL", List.of("B"), "INTERNAL"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(201);
        return "/v1/organisations/" + org + "/security-measures";
    }

    @Test
    void aMeasureIsStoredWithItsPointsAndAssurance() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON).body(measure("SM-ENC", "TECHNICAL", List.of("A"), "PUBLIC"))
                .post("/v1/organisations/" + org + "/security-measures")
                .then().statusCode(201).body("article32Points", equalTo(List.of("A"))).body("assurance[0].scheme", equalTo("Cyber Essentials Plus"));
    }

    @Test
    void filtersByKindVisibilityAndArticle32Point() {
        String base = catalogueOfThree();
        given().queryParam("kind", "TECHNICAL").get(base).then().body("totalSize", is(1)).body("items[0].reference", equalTo("SM-ENC"));
        given().queryParam("visibility", "INTERNAL").get(base).then().body("totalSize", is(2));
        given().queryParam("article32Point", "B").get(base).then().body("totalSize", is(2));
    }

    @Test
    void unknownFilterValuesAre400() {
        String base = catalogueOfThree();
        given().queryParam("article32Point", "E").get(base).then().statusCode(400);
        given().queryParam("kind", "MAGIC").get(base).then().statusCode(400);
    }

    @Test
    void aReadBodySentBackInAPutIsAccepted() {
        String base = catalogueOfThree();
        Response read = given().get(base + "/SM-ENC");
        given().contentType(ContentType.JSON).header("If-Match", read.getHeader("ETag")).body(read.as(Map.class))
                .put(base + "/SM-ENC").then().statusCode(200).body("name", equalTo("Measure SM-ENC"));
    }

    @Test
    void invalidFieldsAreNamed() {
        String org = Fixtures.organisation();
        given().contentType(ContentType.JSON)
                .body(Map.of("reference", "X", "name", "Y", "kind", "SPIRITUAL", "visibility", 3,
                        "article32Points", List.of("A", "Z"), "colour", "red", "nextReviewDate", "soon"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(400)
                .body("errors.pointer", hasItems("#/kind", "#/visibility", "#/article32Points/1", "#/colour", "#/nextReviewDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reference", "X", "name", "Y", "kind", "TECHNICAL", "article32Points", List.of("A", "Z")))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(400)
                .body("errors.pointer", hasItem("#/article32Points/1"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reference", "X", "name", "", "kind", "TECHNICAL"))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(400)
                .body("errors.pointer", hasItem("#/name"));
        given().contentType(ContentType.JSON)
                .body(Map.of("reference", "X", "name", "Y", "kind", "TECHNICAL",
                        "assurance", List.of(Map.of("scheme", "ISO 27001", "achievedDate", "2026-03-01", "expiryDate", "2025-03-01"))))
                .post("/v1/organisations/" + org + "/security-measures").then().statusCode(400)
                .body("errors.pointer", hasItem("#/assurance/0/expiryDate"));
    }
}
