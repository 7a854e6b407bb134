package org.openropa.common.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each request limit is a problem that names it, and nothing over a limit is written. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void aRequestLineOverItsLimitIs414NamingTheLimit() {
        given().queryParam("name", "n".repeat(20_000)).get("/v1/organisations")
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414)).body("detail", containsString("the limit is 16384 bytes"));
    }

    @Test
    void headersOverTheirLimitAre431NamingTheLimit() {
        given().header("X-Padding", "p".repeat(40_000)).get("/v1/organisations")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431)).body("detail", containsString("the limit is 32768 bytes"));
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413AndNothingIsWritten() {
        String id = Fixtures.unique("big");
        given().contentType(ContentType.JSON).body(organisation(id, 1_100_000)).post("/v1/organisations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("the limit is 1048576 bytes"));
        given().get("/v1/organisations/" + id).then().statusCode(404);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AsItIsRead() throws Exception {
        String id = Fixtures.unique("chunked");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/v1/organisations"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + AuthenticatedTests.ADMIN_KEY)
                // a publisher of unknown length: the body goes chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        organisation(id, 1_100_000).getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("larger than the limit of 1048576 bytes"), response.body());
        given().get("/v1/organisations/" + id).then().statusCode(404);
    }

    @Test
    void aMergePatchOverTheLimitIs413() {
        String org = Fixtures.organisation();
        String etag = given().get("/v1/organisations/" + org).then().extract().header("ETag");
        given().header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"name\":\"" + "n".repeat(1_100_000) + "\"}").patch("/v1/organisations/" + org)
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void jsonNestedPastTheDepthLimitIs400NamingIt() {
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        given().contentType(ContentType.JSON).body(deep).post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("limit of 32 levels"));
    }

    @Test
    void aMalformedPercentEncodingIsA400Problem() throws Exception {
        // Java's HTTP clients refuse to send such a URI, so it goes over a socket as a broken client would send it.
        for (String target : List.of("/v1/organisations/x/processing-activities/%ZZ", "/v1/organisations?name=a%2")) {
            String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("encode '%' as %25"), response);
        }
    }

    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestWithinTheLimitsIsUnaffected() {
        String id = Fixtures.unique("fits");
        given().contentType(ContentType.JSON).body(organisation(id, 0)).post("/v1/organisations").then().statusCode(201);
    }

    private static String organisation(String id, int paddingLength) {
        String padding = paddingLength == 0 ? "" : ",\"padding\":\"" + "x".repeat(paddingLength) + "\"";
        return "{\"id\":\"" + id + "\",\"name\":\"Limits " + id + "\",\"type\":\"DISTRICT\"" + padding + "}";
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
