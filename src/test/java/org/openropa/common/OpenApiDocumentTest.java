package org.openropa.common;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed openapi/openapi.yaml must be what the service serves; regenerate it with ./mvnw package. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentIsCurrent() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served);
        Path committed = Path.of("openapi/openapi.yaml");
        assertTrue(Files.exists(committed), "openapi/openapi.yaml is missing: run ./mvnw package -DskipTests and commit it");
        // Compared as documents: the build writes object members in another order than the server serves them.
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(yaml.readTree(served), yaml.readTree(Files.readString(committed)),
                "openapi/openapi.yaml is stale: run ./mvnw package -DskipTests and commit it");
    }

    @Test
    void everyOperationHasAUniqueIdATagASummaryAndProblemResponses() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        var doc = yaml.readTree(given().accept("application/yaml").get("/q/openapi").asString());
        java.util.Set<String> ids = new java.util.HashSet<>();
        var paths = doc.get("paths").fields();
        int operations = 0;
        while (paths.hasNext()) {
            var path = paths.next();
            if (!path.getKey().startsWith("/v1/")) {
                continue;
            }
            var methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                if (!method.getValue().has("responses")) {
                    continue;
                }
                var op = method.getValue();
                String where = method.getKey() + " " + path.getKey();
                assertTrue(op.hasNonNull("operationId") && ids.add(op.get("operationId").asText()), "unique operationId: " + where);
                assertTrue(op.hasNonNull("summary"), "summary: " + where);
                assertTrue(op.has("tags") && op.get("tags").size() > 0, "tag: " + where);
                assertTrue(op.get("responses").has("400") && op.get("responses").get("400").get("content").has("application/problem+json"),
                        "problem responses: " + where);
                var declared = new java.util.HashSet<String>();
                for (var params : new com.fasterxml.jackson.databind.JsonNode[] {path.getValue().get("parameters"), op.get("parameters")}) {
                    if (params != null) {
                        params.forEach(p -> declared.add(p.get("in").asText() + ":" + p.get("name").asText()));
                    }
                }
                var names = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
                while (names.find()) {
                    assertTrue(declared.contains("path:" + names.group(1)), "path parameter " + names.group(1) + ": " + where);
                }
                operations++;
            }
        }
        assertTrue(operations > 40, "operations documented: " + operations);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
