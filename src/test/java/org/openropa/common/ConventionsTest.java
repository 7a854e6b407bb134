package org.openropa.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** The cross-cutting HTTP rules of design.md section 4, checked on paths no feature owns. */
@QuarkusTest
class ConventionsTest {

    @Test
    void unknownPathIsAProblem404() {
        given().get("/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void wrongMethodIs405() {
        given().contentType(ContentType.JSON).body("{}").post("/v1/organisations/some-org")
                .then().statusCode(405).contentType("application/problem+json").body("status", is(405));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        given().accept("image/png").get("/v1/organisations").then().statusCode(406)
                .body(containsString("406"));
    }

    @Test
    void unsupportedContentTypeIs415() {
        given().contentType("text/plain").body("hello").post("/v1/organisations")
                .then().statusCode(415).contentType("application/problem+json").body("status", is(415));
    }

    @Test
    void noErrorLeaksInternals() {
        String body = given().contentType(ContentType.JSON).body("{\"id\": [\"x\"], \"name\": {\"a\": 1}, \"type\": 3}")
                .post("/v1/organisations").then().statusCode(400).extract().asString();
        for (String leak : new String[] {"com.fasterxml", "java.lang", "org.hibernate", "Exception", "at org.", "SELECT", "select "}) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(leak), () -> "leaks " + leak + ": " + body);
        }
    }

    @Test
    void textThePostgresCannotStoreIsA400() {
        given().urlEncodingEnabled(false).get("/v1/organisations/a%00b").then().statusCode(404).contentType("application/problem+json");
        String org = Fixtures.organisation();
        given().urlEncodingEnabled(false).get("/v1/organisations/" + org + "/retention-rules/a%00b").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"id\": \"nul-test\", \"name\": \"A\\u0000B\", \"type\": \"COUNTY\"}")
                .post("/v1/organisations").then().statusCode(400).body("errors[0].pointer", equalTo("#/name"));
        given().contentType(ContentType.JSON).body("{\"id\": \"" + Fixtures.unique("date-test") + "\", \"name\": \"A\", \"type\": \"COUNTY\"}")
                .post("/v1/organisations").then().statusCode(201);
    }

    @Test
    void searchTextLongerThanTheDeclaredLimitIsA400NamingIt() {
        given().queryParam("q", "x".repeat(200)).get("/v1/organisations").then().statusCode(200);
        given().queryParam("q", "x".repeat(201)).get("/v1/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("q"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(not(equalTo("")));
    }
}
