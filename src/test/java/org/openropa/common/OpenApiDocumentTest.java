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

/** The committed openapi/ document is what the service serves; ./mvnw verify rewrites it when it is stale. */
@QuarkusTest
class OpenApiDocumentTest {

    /**
     * The committed document is byte for byte what the service serves, so a client that diffs them sees no change
     * that is not there. When it is stale this test writes the served document into openapi/ (commit it) and fails.
     */
    @Test
    void committedDocumentIsWhatTheServiceServes() throws Exception {
        Path committed = Path.of("openapi/openapi.yaml");
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String current = Files.exists(committed) ? Files.readString(committed) : "";
        if (!served.equals(current)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served);
            Files.writeString(Path.of("openapi/openapi.json"),
                    given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        }
        assertEquals(current, served, "openapi/ was stale and has been rewritten from the served document: commit it");
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
