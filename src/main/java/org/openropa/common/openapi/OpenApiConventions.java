package org.openropa.common.openapi;

import org.openropa.common.problem.Problem;
import org.openropa.common.http.MergePatch;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;

/**
 * Documents the API conventions once instead of on every method: the problem schema and the error
 * responses each operation can give, the ETag / If-Match / If-None-Match / Location / Link headers.
 */
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiComponents.addSchemas(openAPI);
        OpenApiComponents.addHeaders(openAPI);
        OpenApiComponents.addResponses(openAPI);
        OpenApiComponents.describeLinks(openAPI);
        Map<String, String> nouns = registerNouns(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/v1/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                declarePathParameters(path.getKey(), path.getValue(), op.getValue());
                nameRegisterOperation(nouns, path.getKey(), path.getValue(), op.getKey(), op.getValue());
                document(path.getKey(), op.getKey(), op.getValue());
            }
        }
        OpenApiContract.apply(openAPI);
    }

    private static final java.util.regex.Pattern PATH_PARAMETER = java.util.regex.Pattern.compile("\\{(\\w+)}");

    /** Every {name} in the path is a declared parameter (inherited endpoints can lose the class-level ones). */
    private static void declarePathParameters(String path, PathItem item, Operation op) {
        java.util.regex.Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            boolean declared = java.util.stream.Stream.concat(
                            item.getParameters() == null ? java.util.stream.Stream.empty() : item.getParameters().stream(),
                            op.getParameters() == null ? java.util.stream.Stream.empty() : op.getParameters().stream())
                    .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
            if (!declared) {
                op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .description(name.equals("organisationId") ? "The organisation's id (slug)" : null)
                        .schema(string()));
            }
        }
    }

    /**
     * The tag extension by which a register's resource names its entries once ("processing activity"); the
     * endpoints it inherits from RegisterResource are named and described from it, and the extension itself is
     * not published.
     */
    public static final String REGISTER_NOUN = "x-register-noun";

    /**
     * An operation extension naming a body member this operation requires beyond its schema's own (create needs
     * more than replace): the operation gets a schema of its own, XCreateRequest, and the extension is not published.
     */
    public static final String REQUIRES = "x-requires";

    /** Each tag's register noun, taken out of the published tags. */
    private static Map<String, String> registerNouns(OpenAPI openAPI) {
        Map<String, String> nouns = new java.util.HashMap<>();
        if (openAPI.getTags() != null) {
            for (var tag : openAPI.getTags()) {
                if (tag.getExtensions() != null && tag.getExtensions().get(REGISTER_NOUN) != null) {
                    nouns.put(tag.getName(), tag.getExtensions().get(REGISTER_NOUN).toString());
                    tag.removeExtension(REGISTER_NOUN);
                }
            }
        }
        return nouns;
    }

    /**
     * The endpoints every register inherits from RegisterResource get their operationId, summary, status codes
     * and merge-patch body here, from the noun the register's tag declares: getSecurityMeasure, "Read a security measure ...".
     */
    private static void nameRegisterOperation(Map<String, String> nouns, String path, PathItem item, PathItem.HttpMethod method, Operation op) {
        String noun = op.getTags() == null || op.getTags().isEmpty() ? null : nouns.get(op.getTags().get(0));
        if (op.getOperationId() != null || noun == null) {
            return;
        }
        String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
        StringBuilder type = new StringBuilder();
        for (String word : noun.split(" ")) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        boolean byReference = path.endsWith("/by-reference/{reference}");
        APIResponses responses = op.getResponses();
        switch (method) {
            case POST -> {
                op.operationId("create" + type).summary("Add " + article + noun);
                moveResponse(responses, "200", "201", "Created");
            }
            case GET -> {
                if (path.endsWith("/history")) {
                    op.operationId("list" + type + "History").summary("List the revisions of " + article + noun + ", newest first");
                } else if (path.endsWith("/history/{revision}")) {
                    op.operationId("get" + type + "Revision").summary("Read one revision of " + article + noun);
                } else {
                    op.operationId("get" + type).summary("Read " + article + noun + " by id or reference, now or as it stood at an instant");
                }
            }
            case PUT -> {
                if (byReference) {
                    op.operationId("put" + type + "ByReference")
                            .summary("Create or replace the " + noun + " with this reference (idempotent)");
                    APIResponse ok = responses.getAPIResponse("200");
                    if (ok != null) {
                        ok.description("Replaced");
                        responses.addAPIResponse("201", OASFactory.createAPIResponse().description("Created").content(ok.getContent()));
                    }
                } else {
                    op.operationId("replace" + type).summary("Replace " + article + noun);
                }
            }
            case PATCH -> {
                op.operationId("patch" + type).summary("Change some fields of " + article + noun + " (JSON merge patch)");
                Operation put = item.getPUT();
                if (put != null && put.getRequestBody() != null && put.getRequestBody().getContent() != null) {
                    var media = put.getRequestBody().getContent().getMediaType("application/json");
                    if (media != null) {
                        op.requestBody(OASFactory.createRequestBody().required(true)
                                .description("A JSON merge patch (RFC 7396): members given replace the entry's, null removes them")
                                .content(OASFactory.createContent().addMediaType(MergePatch.MEDIA_TYPE,
                                        OASFactory.createMediaType().schema(media.getSchema()))));
                    }
                }
            }
            case DELETE -> op.operationId("delete" + type)
                    .summary("Delete " + article + noun + " (409 while other entries link to it)");
            default -> {
            }
        }
    }

    private static void moveResponse(APIResponses responses, String from, String to, String description) {
        APIResponse response = responses.getAPIResponse(from);
        if (response != null && responses.getAPIResponse(to) == null) {
            responses.removeAPIResponse(from);
            responses.addAPIResponse(to, response.description(description));
        }
    }

    private void document(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean addressed = path.endsWith("}");
        boolean list = op.getOperationId() != null && op.getOperationId().startsWith("list");
        if (op.getDescription() == null) {
            op.description(describe(path, method, list));
        }
        problem(responses, "400", "The request is malformed, or a field or parameter is invalid (errors[] names each)");
        if (addressed || path.contains("{")) {
            problem(responses, "404", "No such entry (or organisation) here");
        }
        problem(responses, "406", "None of the Accept media types can be produced");
        if (!path.startsWith("/v1/reference")) {
            problem(responses, "401", "Credentials are missing or not valid (an unknown, revoked or expired API key, or a bad token); "
                    + "the WWW-Authenticate header says how to authenticate");
            problem(responses, "403", "The credentials' role does not allow this in the organisation");
            op.security(List.of(OASFactory.createSecurityRequirement().addScheme("bearer"),
                    OASFactory.createSecurityRequirement().addScheme("apiKey")));
        } else {
            op.security(List.of());
        }
        problem(responses, "500", "Unexpected error; the body carries a trace id");
        // Answers any operation can give, whatever it is: declared once under components/responses.
        OpenApiComponents.SHARED_RESPONSES.forEach((code, name) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
            }
        });
        if (op.getRequestBody() != null) {
            problem(responses, "415", "The Content-Type is not accepted");
        }
        switch (method) {
            case GET -> {
                APIResponse ok = responses.getAPIResponse("200");
                if (ok != null && addressed && !list && !path.contains("/history")) {
                    ok.addHeader("ETag", headerRef("ETag"));
                    header(op, "If-None-Match", false, "Answer 304 when the entry still has this ETag");
                    if (responses.getAPIResponse("304") == null) {
                        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                                .description("Not modified since the ETag in If-None-Match")
                                .addHeader("ETag", headerRef("ETag")));
                    }
                }
                if (ok != null && list) {
                    ok.addHeader("Link", headerRef("Link"));
                }
            }
            case POST -> {
                APIResponse created = responses.getAPIResponse("201");
                if (created != null) {
                    created.addHeader("Location", headerRef("Location"));
                    created.addHeader("ETag", headerRef("ETag"));
                }
                problem(responses, "409", "Conflicts with an existing entry (for example a duplicate reference)");
            }
            case PUT, PATCH, DELETE -> {
                boolean createOrReplace = path.contains("/by-reference/");
                header(op, "If-Match", !createOrReplace, createOrReplace
                        ? "The entry's current ETag; when given, the entry must exist and still have it"
                        : "The entry's current ETag (required: 428 without it, 412 when stale)");
                if (createOrReplace) {
                    header(op, "If-None-Match", false, "'*' makes the call create-only (412 if the reference exists)");
                }
                for (String code : List.of("200", "201")) {
                    APIResponse ok = responses.getAPIResponse(code);
                    if (ok != null) {
                        ok.addHeader("ETag", headerRef("ETag"));
                        if (code.equals("201")) {
                            ok.addHeader("Location", headerRef("Location"));
                        }
                    }
                }
                problem(responses, "409", method == PathItem.HttpMethod.DELETE
                        ? "The entry is still linked to or holds other entries" : "Conflicts with an existing entry");
                problem(responses, "412", "The If-Match ETag is stale");
                problem(responses, "428", "If-Match is missing");
            }
            default -> {
            }
        }
    }

    private static String describe(String path, PathItem.HttpMethod method, boolean list) {
        boolean byReference = path.contains("/by-reference/");
        return switch (method) {
            case GET -> list
                    ? "Filters combine with AND. pageSize is 1 to 500 (default 50); follow nextPageToken, or the Link header, for the next page. totalSize counts every match. "
                    + "Where asAt is offered, the list is the entries as they stood at that instant, the filters applied to them as they were then."
                    : "The entry named by its id or its reference. Send its ETag in If-None-Match to get 304 when it has not changed. "
                    + "With asAt, the entry as it stood at that instant (404 if it did not exist then, or had been deleted), without an ETag.";
            case POST -> "Creates the entry and answers 201 with Location and ETag. A save records what is true, gaps included; "
                    + "unknown codes, malformed values and links to entries the organisation does not have are 400s naming each field.";
            case PUT -> byReference
                    ? "Creates the entry with this reference (201) or replaces it (200): an idempotent call for integrations keyed by their own reference. "
                    + "If-None-Match: * makes it create-only; If-Match makes a replace conditional on the entry's ETag."
                    : "Replaces the whole entry (fields left out are cleared). If-Match with the current ETag is required: 428 without it, 412 when stale. "
                    + "A body read from GET can be sent back as it is.";
            case PATCH -> "A JSON merge patch (RFC 7396, application/merge-patch+json): members given replace the entry's, null removes them, "
                    + "arrays are replaced whole. If-Match is required. The result is validated as a PUT would be.";
            case DELETE -> "Deletes the entry. If-Match is required. While other entries link to it the answer is 409, naming them, and nothing changes.";
            default -> null;
        };
    }

    private static void problem(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** Documents a header parameter, completing the one the resource method declares if there is one. */
    private static void header(Operation op, String name, boolean required, String description) {
        Parameter existing = op.getParameters() == null ? null : op.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
        Parameter parameter = existing != null ? existing : OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
        parameter.required(required).description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        if (existing == null) {
            op.addParameter(parameter);
        }
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
