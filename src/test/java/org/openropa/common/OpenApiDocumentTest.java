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

    private static com.fasterxml.jackson.databind.JsonNode document() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(given().queryParam("format", "yaml").get("/q/openapi").asString());
    }

    /** Every (method, path, operation) of the API under /v1. */
    private static java.util.List<Object[]> operations(com.fasterxml.jackson.databind.JsonNode doc) {
        java.util.List<Object[]> all = new java.util.ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/v1/")) {
                path.getValue().fields().forEachRemaining(m -> {
                    if (m.getValue().has("responses")) {
                        all.add(new Object[] {m.getKey(), path.getKey(), m.getValue()});
                    }
                });
            }
        });
        return all;
    }

    @Test
    void everyPatchTakesAMergePatchSchemaWithNothingRequiredAndEveryMemberNullable() throws Exception {
        var doc = document();
        int patches = 0;
        for (Object[] op : operations(doc)) {
            if (!op[0].equals("patch")) {
                continue;
            }
            var body = ((com.fasterxml.jackson.databind.JsonNode) op[2]).at("/requestBody/content/application~1merge-patch+json/schema/$ref");
            String name = body.asText().replace("#/components/schemas/", "");
            assertTrue(name.endsWith("Patch"), op[1] + " patch body " + name);
            var schema = doc.at("/components/schemas/" + name);
            assertTrue(!schema.has("required"), name + " requires nothing");
            schema.get("properties").fields().forEachRemaining(p -> assertTrue(p.getValue().toString().contains("\"null\""),
                    name + "." + p.getKey() + " may be null"));
            patches++;
        }
        assertTrue(patches >= 7, "PATCH operations: " + patches);
    }

    @Test
    void noSchemaPutsATypeBesideARef() throws Exception {
        String doc = document().toString();
        assertTrue(!java.util.regex.Pattern.compile("\"\\$ref\":\"[^\"]*\",\"type\"|\"type\":\"[a-z]+\",\"\\$ref\"").matcher(doc).find(), "type beside $ref");
    }

    @Test
    void pathParametersComeInPathOrderAndListParametersCarryTheirTypes() throws Exception {
        var doc = document();
        var get = doc.at("/paths/~1v1~1organisations~1{organisationId}~1processing-activities~1{entryId}/get/parameters");
        assertEquals("organisationId", get.get(0).get("name").asText());
        assertEquals("entryId", get.get(1).get("name").asText());
        var list = doc.at("/paths/~1v1~1organisations~1{organisationId}~1processing-activities/get/parameters");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> byName = new java.util.HashMap<>();
        list.forEach(p -> byName.put(p.get("name").asText(), p.get("schema")));
        assertEquals("integer", byName.get("pageSize").get("type").asText());
        assertEquals("#/components/schemas/ActivityStatus", byName.get("status").get("$ref").asText());
        assertEquals("#/components/schemas/LawfulBasis", byName.get("lawfulBasis").get("$ref").asText());
        assertEquals("boolean", byName.get("specialCategory").get("type").asText());
        assertEquals("date", byName.get("reviewDueBefore").get("format").asText());
    }

    @Test
    void everyOperationAcceptsProblemJsonAnyOrNoAcceptWithout406() throws Exception {
        for (Object[] op : operations(document())) {
            String path = ((String) op[1]).replace("{organisationId}", "no-such-org").replaceAll("\\{\\w+}", "x");
            for (String accept : new String[] {"application/problem+json", "*/*", null}) {
                var request = given().contentType("application/json").body("{}").header("If-Match", "\"0\"");
                if (accept != null) {
                    request.accept(accept);
                }
                int status = request.request(((String) op[0]).toUpperCase(), path).statusCode();
                assertTrue(status != 406, op[0] + " " + op[1] + " with Accept " + accept + " gave 406");
            }
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
