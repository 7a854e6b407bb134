package org.openropa.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.openropa.common.http.MergePatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a generated client needs from the document beyond what the annotations give: a merge-patch schema of its
 * own for every PATCH (nothing required, every member nullable, as RFC 7396 reads null), request schemas that say
 * what each operation requires, no {@code type} beside a {@code $ref}, and parameters in path order.
 */
final class OpenApiContract {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private OpenApiContract() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (method == PathItem.HttpMethod.PATCH) {
                useMergePatchSchema(openAPI, op);
            }
            if (method == PathItem.HttpMethod.PUT && path.endsWith("/by-reference/{reference}")) {
                useSchemaWithout(openAPI, op, "application/json", "reference", "ByReference",
                        "As the request for a create or replace by reference: the reference comes from the path, so the body may leave it out.");
            }
            Object requires = op.getExtensions() == null ? null : op.getExtensions().get(OpenApiConventions.REQUIRES);
            if (requires != null) {
                op.removeExtension(OpenApiConventions.REQUIRES);
                useSchemaWith(openAPI, op, requires.toString());
            }
            orderParameters(path, op);
            limitParameters(op);
        }));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            openAPI.getComponents().getSchemas().values().forEach(s -> dropTypeBesideRef(s, seen));
        }
    }

    /** The PATCH body becomes XPatch: the PUT body's members, none required, each one nullable (null removes it). */
    private static void useMergePatchSchema(OpenAPI openAPI, Operation op) {
        MediaType media = media(op, MergePatch.MEDIA_TYPE);
        String name = media == null ? null : refName(media.getSchema());
        Schema request = name == null ? null : openAPI.getComponents().getSchemas().get(name);
        if (request == null) {
            return;
        }
        String patchName = name.replaceFirst("Request$", "") + "Patch";
        if (!openAPI.getComponents().getSchemas().containsKey(patchName)) {
            Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A JSON merge patch (RFC 7396) of " + name.replaceFirst("Request$", "")
                            + ": every member is optional; a member given replaces the entry's (arrays whole, objects merged), null removes it.");
            if (request.getProperties() != null) {
                request.getProperties().forEach((member, schema) -> patch.addProperty(member, nullable(schema)));
            }
            openAPI.getComponents().addSchema(patchName, patch);
        }
        media.schema(OASFactory.createSchema().ref(SCHEMAS + patchName));
    }

    /** The schema, or null: anyOf the schema and null, so that a generated client can send an explicit null. */
    private static Schema nullable(Schema schema) {
        return OASFactory.createSchema().anyOf(List.of(schema, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
    }

    /** Gives the operation a copy of its body schema in which one member is not required. */
    private static void useSchemaWithout(OpenAPI openAPI, Operation op, String mediaType, String member, String suffix, String description) {
        MediaType media = media(op, mediaType);
        String name = media == null ? null : refName(media.getSchema());
        Schema original = name == null ? null : openAPI.getComponents().getSchemas().get(name);
        if (original == null || original.getRequired() == null || !original.getRequired().contains(member)) {
            return;
        }
        String copyName = name.replaceFirst("Request$", "") + suffix + "Request";
        if (!openAPI.getComponents().getSchemas().containsKey(copyName)) {
            Schema copy = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description)
                    .properties(original.getProperties());
            List<String> required = new ArrayList<>(original.getRequired());
            required.remove(member);
            if (!required.isEmpty()) {
                copy.required(required);
            }
            openAPI.getComponents().addSchema(copyName, copy);
        }
        media.schema(OASFactory.createSchema().ref(SCHEMAS + copyName));
    }

    /** Gives the operation a copy of its JSON body schema, XCreateRequest, that requires one more member. */
    private static void useSchemaWith(OpenAPI openAPI, Operation op, String member) {
        MediaType media = media(op, "application/json");
        String name = media == null ? null : refName(media.getSchema());
        Schema original = name == null ? null : openAPI.getComponents().getSchemas().get(name);
        if (original == null) {
            return;
        }
        String copyName = name.replaceFirst("Request$", "") + "CreateRequest";
        List<String> required = new ArrayList<>(original.getRequired() == null ? List.of() : original.getRequired());
        required.add(0, member);
        openAPI.getComponents().addSchema(copyName, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description(original.getDescription()).properties(original.getProperties()).required(required));
        media.schema(OASFactory.createSchema().ref(SCHEMAS + copyName));
    }

    /** Path parameters in the order the path names them, then query parameters, then headers. */
    private static void orderParameters(String path, Operation op) {
        if (op.getParameters() == null || op.getParameters().size() < 2) {
            return;
        }
        List<String> pathOrder = new ArrayList<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            pathOrder.add(m.group(1));
        }
        List<Parameter> sorted = new ArrayList<>(op.getParameters());
        sorted.sort(Comparator.comparingInt((Parameter p) -> switch (p.getIn()) {
            case PATH -> 0;
            case QUERY -> 1;
            case HEADER -> 2;
            default -> 3;
        }).thenComparingInt(p -> p.getIn() == Parameter.In.PATH ? pathOrder.indexOf(p.getName()) : 0));
        op.setParameters(sorted);
    }

    /**
     * The bounds of the path and header parameters every register shares. A longer value cannot name anything
     * (ids are UUIDs, references at most 60 characters, organisation ids slugs), so it is answered 404 or 412.
     */
    private static void limitParameters(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            Schema schema = p.getSchema();
            if (schema == null || schema.getRef() != null || schema.getMaxLength() != null || schema.getEnumeration() != null) {
                continue;
            }
            switch (p.getName()) {
                case "organisationId" -> schema.maxLength(63).pattern("^[a-z0-9][a-z0-9-]{1,62}$");
                case "entryId", "reference", "code" -> schema.maxLength(60);
                case "list" -> schema.maxLength(40);
                case "If-Match", "If-None-Match" -> schema.maxLength(200);
                default -> {
                }
            }
        }
    }

    /** A $ref stands for its schema whole: a type beside it would narrow it (and rule out a link's string form). */
    private static void dropTypeBesideRef(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> dropTypeBesideRef(s, seen));
        }
        dropTypeBesideRef(schema.getItems(), seen);
        if (schema.getAdditionalPropertiesSchema() != null) {
            dropTypeBesideRef(schema.getAdditionalPropertiesSchema(), seen);
        }
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> dropTypeBesideRef(s, seen));
            }
        }
    }

    private static MediaType media(Operation op, String mediaType) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return null;
        }
        return op.getRequestBody().getContent().getMediaType(mediaType);
    }

    private static String refName(Schema schema) {
        return schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMAS) ? null
                : schema.getRef().substring(SCHEMAS.length());
    }
}
