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
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
