package org.openropa.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openropa.common.AuthenticatedTests;
import org.openropa.common.Fixtures;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests generated from the served OpenAPI document, valid and broken, against every operation: no answer may be a
 * 5xx, have a status the document does not declare for the operation, or be a 4xx that is not a problem. The number
 * of requests and the seed are system properties (fuzz.requests, default 3000; fuzz.seed), so a failure can be replayed
 * and a longer run made: {@code ./mvnw verify -Dtest=OpenApiFuzzTest -Dfuzz.requests=10000}.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JsonNode document;
    private Random random;
    private String organisation;

    @Test
    void generatedRequestsGetOnlyDeclaredStatusesAndProblems() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", 3000);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        random = new Random(seed);
        document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        organisation = Fixtures.organisation();
        given().contentType("application/json").body(Map.of("recordSeries", "Accounts payable", "function", "Finance",
                        "triggerEvent", "END_OF_FINANCIAL_YEAR_LAST_MODIFIED", "period", "P6Y", "disposalAction", "DESTROY",
                        "rationaleType", "LIMITATION_PERIOD", "rationaleCitation", "Limitation Act 1980 s.5"))
                .put("/v1/organisations/" + organisation + "/retention-rules/by-reference/RR-1").then().statusCode(201);

        List<String[]> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                operations.add(new String[] {path.getKey(), method});
            }
        }));
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < requests && failures.size() < 20; i++) {
            String[] operation = operations.get(i % operations.size());
            Call call = call(operation[0], operation[1]);
            HttpResponse<String> response = send(call);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String wrong = judge(operation[0], operation[1], response);
            if (wrong != null) {
                failures.add(wrong + " for " + call);
            }
        }
        System.out.printf("OpenApiFuzzTest: %d requests over %d operations, seed %d, statuses %s%n", requests, operations.size(), seed, statuses);
        assertTrue(failures.isEmpty(), "seed " + seed + ":\n" + String.join("\n", failures));
    }

    /** Null when the answer keeps the document's promise, else what is wrong with it. */
    private String judge(String path, String method, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode declared = document.get("paths").get(path).get(method).get("responses");
        if (status >= 500) {
            return status + " " + abbreviate(response.body());
        }
        if (!declared.has(String.valueOf(status)) && !declared.has("default")) {
            return "undeclared " + status + " " + abbreviate(response.body());
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return status + " not a problem (" + type + ")";
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status || !problem.hasNonNull("title")) {
                    return status + " with a problem body that does not say so: " + abbreviate(response.body());
                }
            } catch (Exception e) {
                return status + " with a body that is not JSON";
            }
        }
        return null;
    }

    private record Call(String method, String uri, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + abbreviate(uri) + " " + headers + (body == null ? "" : " body " + abbreviate(body));
        }
    }

    private Call call(String path, String method) {
        JsonNode operation = document.get("paths").get(path).get(method);
        boolean broken = random.nextInt(3) == 0;
        String uri = path;
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + AuthenticatedTests.ADMIN_KEY);
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String in = parameter.get("in").asText();
            switch (in) {
                case "path" -> uri = uri.replace("{" + name + "}", encode(pathValue(name, schema, broken)));
                case "query" -> {
                    if (random.nextInt(3) == 0 || parameter.path("required").asBoolean()) {
                        query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                                .append(encode(broken && random.nextBoolean() ? brokenText(schema) : text(value(schema, 0))));
                    }
                }
                case "header" -> {
                    if (random.nextBoolean()) {
                        headers.put(name, broken ? brokenText(schema).replaceAll("[^\\x20-\\x7e]", "?") : name.startsWith("If-") ? "\"" + random.nextInt(5) + "\"" : text(value(schema, 0)));
                    }
                }
                default -> {
                }
            }
        }
        String body = null;
        JsonNode content = operation.path("requestBody").path("content");
        if (content.size() > 0) {
            Iterator<String> types = content.fieldNames();
            String mediaType = types.next();
            headers.put("Content-Type", broken && random.nextInt(8) == 0 ? "text/plain" : mediaType);
            JsonNode value = value(resolve(content.get(mediaType).path("schema")), 0);
            body = broken ? brokenBody(value) : value.toString();
        }
        JsonNode ok = operation.path("responses").path("200").path("content");
        if (ok.size() > 0 && random.nextInt(4) == 0) {
            List<String> produced = new ArrayList<>();
            ok.fieldNames().forEachRemaining(produced::add);
            headers.put("Accept", random.nextInt(5) == 0 ? "text/xml" : produced.get(random.nextInt(produced.size())));
        }
        if (random.nextInt(200) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("padding=").append("p".repeat(20_000));
        }
        if (random.nextInt(200) == 0) {
            headers.put("X-Padding", "p".repeat(40_000));
        }
        if (random.nextInt(50) == 0) {
            headers.put("Authorization", "Bearer ork_00000000000000_not-a-key-" + random.nextInt(1000));
        }
        return new Call(method, uri + query, headers, body);
    }

    private String pathValue(String name, JsonNode schema, boolean broken) {
        if (name.equals("organisationId")) {
            return broken && random.nextInt(4) == 0 ? pick("no-such-org", "UPPER", "x", "a".repeat(70), "../etc") : organisation;
        }
        if (broken) {
            return pick(UUID.randomUUID().toString(), " ", "%", "\u00e9\u00e8", "a".repeat(300), "-1", "null", "RR-1'--");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asText();
        }
        return switch (name) {
            case "entryId", "reference" -> pick("RR-1", UUID.randomUUID().toString(), "FUZZ-" + random.nextInt(20));
            case "revision" -> String.valueOf(random.nextInt(4));
            default -> text(value(schema, 0));
        };
    }

    /** A value the schema allows, as far as its types, enums, examples and bounds tell. */
    private JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("examples") && random.nextInt(3) > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                return value(schema.get(choice).get(random.nextInt(schema.get(choice).size())), depth);
            }
        }
        if (schema.has("allOf")) {
            return value(schema.get("allOf").get(0), depth);
        }
        String type = type(schema);
        return switch (type) {
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(0) + random.nextInt(
                    (int) Math.max(1, Math.min(100, schema.path("maximum").asLong(100) - schema.path("minimum").asLong(0) + 1))));
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = depth > 3 ? 0 : random.nextInt(Math.min(3, schema.path("maxItems").asInt(3)) + 1);
                for (int i = 0; i < n; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (depth < 4 && (required.contains(p.getKey()) || random.nextInt(3) == 0)) {
                        object.set(p.getKey(), value(p.getValue(), depth + 1));
                    }
                });
                yield object;
            }
            default -> NODES.textNode(string(schema));
        };
    }

    private String string(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "date" -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
            case "date-time" -> "2026-11-2" + random.nextInt(9) + "T10:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/" + random.nextInt(100);
            case "email" -> "dpo" + random.nextInt(100) + "@example.org";
            default -> {
                int max = schema.path("maxLength").asInt(40);
                String s = "Fuzz " + random.nextInt(100_000);
                yield s.length() > max ? s.substring(0, Math.max(1, max)) : s;
            }
        };
    }

    /** A body broken in one of the ways clients break them. */
    private String brokenBody(JsonNode valid) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "{\"unterminated\": ";
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "{\"a\":".repeat(60) + "1" + "}".repeat(60);
            case 5 -> valid.toString().replaceFirst("\\{", "{\"unknownMember\":true,");
            default -> mutate(valid).toString();
        };
    }

    /** The valid value with one member, somewhere inside it, replaced by something its schema does not allow. */
    private JsonNode mutate(JsonNode node) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean() && object.get(name).isContainerNode()) {
                mutate(object.get(name));
            } else {
                object.set(name, garbage());
            }
            return object;
        }
        if (node instanceof ArrayNode array && array.size() > 0) {
            array.set(random.nextInt(array.size()), garbage());
            return array;
        }
        return garbage();
    }

    private JsonNode garbage() {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.numberNode(-1);
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.numberNode(1e308);
            case 3 -> NODES.textNode("=HYPERLINK(\"http://x\")");
            case 4 -> NODES.textNode("x".repeat(5000));
            case 5 -> NODES.nullNode();
            case 6 -> NODES.booleanNode(true);
            case 7 -> NODES.arrayNode().add("a").add(1).addNull();
            case 8 -> NODES.textNode("bad\u0000nul");
            default -> NODES.objectNode().put("unexpected", "object");
        };
    }

    private String brokenText(JsonNode schema) {
        return pick("-1", "0", "99999999999999999999", "abc", "", "true", "2026-13-45", "NOT_AN_ENUM", "x".repeat(2000), "\u2603", "%00", "1e9");
    }

    private JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema != null && schema.has("$ref") && hops++ < 10) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + call.uri()))
                .timeout(Duration.ofSeconds(30));
        call.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body());
        request.method(call.method().toUpperCase(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
