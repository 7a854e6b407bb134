package org.openropa.common;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Data each test makes for itself through the API, with names that never collide between tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an organisation with a unique slug and returns the slug. */
    public static String organisation() {
        String id = unique("org");
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Test Borough Council " + id, "type", "DISTRICT",
                        "businessFunctions", java.util.List.of(
                                Map.of("reference", "FIN", "name", "Finance"),
                                Map.of("reference", "ICT", "name", "ICT and Digital"),
                                Map.of("reference", "ASC", "name", "Adult Social Care"))))
                .post("/v1/organisations")
                .then().statusCode(201);
        return id;
    }

    public static String etag(Response response) {
        return response.getHeader("ETag");
    }
}
