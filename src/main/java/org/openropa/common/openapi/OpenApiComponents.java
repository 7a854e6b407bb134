package org.openropa.common.openapi;

import org.openropa.common.problem.FieldError;
import org.openropa.common.problem.Problem;
import org.openropa.register.LinkRef;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import java.util.List;

/** The shared components every operation refers to: the problem schema, the paging and ETag headers, the link schemas. */
final class OpenApiComponents {

    private OpenApiComponents() {
    }

    /** Status code to the name of the shared response every operation declares by reference. */
    static final java.util.Map<String, String> SHARED_RESPONSES = shared();

    private static java.util.LinkedHashMap<String, String> shared() {
        // in a fixed order, so that the document is the same on every start
        java.util.LinkedHashMap<String, String> shared = new java.util.LinkedHashMap<>();
        shared.put("413", "ContentTooLarge");
        shared.put("414", "UriTooLong");
        shared.put("429", "TooManyRequests");
        shared.put("431", "HeadersTooLarge");
        shared.put("503", "ServiceUnavailable");
        return shared;
    }

    static void addResponses(OpenAPI openAPI) {
        var c = openAPI.getComponents();
        shared(c, "ContentTooLarge", "The request body is over the body limit (openropa.limits.body-bytes); the detail names the limit", false);
        shared(c, "UriTooLong", "The request line is over its limit (openropa.limits.request-line-bytes); the detail names the limit", false);
        shared(c, "HeadersTooLarge", "The request headers are over their limit (openropa.limits.header-bytes); the detail names the limit", false);
        shared(c, "TooManyRequests", "Over the rate limit of the credentials (or, without valid credentials, of the client address); retry after "
                + "the Retry-After seconds. Every answer to a limited request carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset", true);
        shared(c, "ServiceUnavailable", "The database is unavailable or did not answer in time; the request was not completed. Retry after the Retry-After seconds", true);
    }

    private static void shared(org.eclipse.microprofile.openapi.models.Components c, String name, String description, boolean retryAfter) {
        var response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
        }
        c.addResponse(name, response);
    }

    static void addHeaders(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        var c = openAPI.getComponents();
        c.addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API key (ork_...) or an OIDC / JWT access token from the configured issuer"));
        c.addSecurityScheme("apiKey", OASFactory.createSecurityScheme().type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY)
                .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key, for clients that cannot send an Authorization header"));
        c.addHeader("ETag", OASFactory.createHeader().description("Version of the entry, quoted; send it back in If-Match to change the entry")
                .schema(string()));
        c.addHeader("Location", OASFactory.createHeader().description("URL of the created entry").schema(string()));
        c.addHeader("Link", OASFactory.createHeader().description("RFC 8288 link to the next page: <url>; rel=\"next\"")
                .schema(string()));
        c.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
    }

    static void addSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field: a JSON pointer into the body, or the name of a query parameter")
                .addProperty("pointer", string().examples(List.of("#/dataProtectionOfficer/email")))
                .addProperty("detail", string().examples(List.of("must be a well-formed email address")));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, served as application/problem+json")
                .addProperty("type", string().examples(List.of("/problems/validation-error")))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("traceId", string())
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("FieldError", fieldError);
        openAPI.getComponents().addSchema("Problem", problem);
    }

    /**
     * A link in a request is a string (id or reference) or an object with id or reference; the generated
     * schema would say object only, so it is written out here.
     */
    static void describeLinks(OpenAPI openAPI) {
        var schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Schema linkObject = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A link as an object: the entry's id or its reference (an EntryLink from a response is accepted as it is)")
                .addProperty("id", string().format("uuid").maxLength(36)).addProperty("reference", string().maxLength(60))
                .additionalPropertiesBoolean(true);
        if (schemas.containsKey("LinkRef")) {
            openAPI.getComponents().addSchema("LinkRefObject", linkObject);
            openAPI.getComponents().addSchema("LinkRef", OASFactory.createSchema()
                    .description(schemas.get("LinkRef").getDescription())
                    .oneOf(List.of(string().maxLength(60).description("The entry's id or reference"),
                            OASFactory.createSchema().ref("#/components/schemas/LinkRefObject"))));
        }
        if (schemas.containsKey("RetentionRuleLinkRequest")) {
            Schema original = schemas.get("RetentionRuleLinkRequest");
            Schema object = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A retention rule the activity follows, optionally for one of its personal data categories")
                    .addProperty("retentionRule", OASFactory.createSchema().ref("#/components/schemas/LinkRef"))
                    .addProperty("personalDataCategory", original.getProperties() == null ? string()
                            : original.getProperties().get("personalDataCategory"));
            openAPI.getComponents().addSchema("RetentionRuleLinkObject", object);
            openAPI.getComponents().addSchema("RetentionRuleLinkRequest", OASFactory.createSchema()
                    .description("A retention rule the activity follows: its id or reference, or an object naming the rule and optionally one of the activity's personal data categories")
                    .oneOf(List.of(string().maxLength(60).description("The rule's id or reference"),
                            OASFactory.createSchema().ref("#/components/schemas/RetentionRuleLinkObject"))));
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
