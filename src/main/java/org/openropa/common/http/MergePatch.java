package org.openropa.common.http;

import org.openropa.common.problem.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/** JSON Merge Patch (RFC 7396): the patch document's members replace, and its nulls remove, the target's. */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** Parses a merge-patch body, which must be a JSON object. */
    public static ObjectNode parse(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("A merge patch body (a JSON object) is required.");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "/problems/malformed-json", "Malformed JSON",
                    "The request body is not well-formed JSON.", null);
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.badRequest("A merge patch must be a JSON object.");
        }
        return object;
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
