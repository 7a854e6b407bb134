package org.openropa.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects every value of a request body that Jackson cannot read (unknown field, wrong JSON type, unknown
 * enum value, malformed date) instead of stopping at the first, so one 400 names each bad field. Active only for
 * a read that carries the {@link #ERRORS} attribute (see {@link #reader}); otherwise Jackson fails as usual.
 */
public final class JsonReadErrors extends DeserializationProblemHandler {

    /** The per-read attribute holding the list the errors go into. */
    public static final String ERRORS = JsonReadErrors.class.getName();

    /** A reader for the type that collects the errors of one read into the list. */
    public static ObjectReader reader(ObjectMapper mapper, JavaType type, List<FieldError> errors) {
        return mapper.readerFor(type).withAttribute(ERRORS, errors);
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errors(DeserializationContext ctxt) {
        return (List<FieldError>) ctxt.getAttribute(ERRORS);
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        if (errors(ctxt) == null) {
            return false;
        }
        errors(ctxt).add(new FieldError(pointer(p.getParsingContext()), "unknown field '" + propertyName + "'"));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        if (errors(ctxt) == null) {
            return NOT_HANDLED;
        }
        String detail = targetType.isEnum()
                ? "'" + valueToConvert + "' is not one of " + Arrays.stream(targetType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "))
                : "'" + valueToConvert + "' is not a valid " + ProblemMappers.describe(targetType).replaceFirst("^an? ", "");
        errors(ctxt).add(new FieldError(pointer(ctxt.getParser().getParsingContext()), detail));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        if (errors(ctxt) == null) {
            return NOT_HANDLED;
        }
        errors(ctxt).add(new FieldError(pointer(ctxt.getParser().getParsingContext()),
                "must be " + ProblemMappers.describe(targetType)));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        if (errors(ctxt) == null || targetType == null || targetType.isPrimitive()) {
            return NOT_HANDLED;
        }
        JsonStreamContext context = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            context = context.getParent();
            p.skipChildren();
        }
        errors(ctxt).add(new FieldError(pointer(context), "must be " + ProblemMappers.describe(targetType.getRawClass())));
        return null;
    }

    /** JSON pointer of the value the parser is at: #/purposes/0/lawfulBasis. */
    static String pointer(JsonStreamContext context) {
        LinkedList<String> parts = new LinkedList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName().replace("~", "~0").replace("/", "~1"));
            } else if (c.inArray()) {
                parts.addFirst(Integer.toString(Math.max(c.getCurrentIndex(), 0)));
            }
        }
        return "#" + parts.stream().map(s -> "/" + s).collect(Collectors.joining());
    }
}
