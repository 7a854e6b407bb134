package org.openropa.common.json;

import org.openropa.common.problem.JsonReadErrors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Singleton;

/**
 * Strict reading of request bodies: a value of the wrong JSON type, an enum given as a number, an
 * unknown field or trailing content is a 400, never silently coerced.
 */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    private final int nestingDepth;

    public JacksonCustomizer(@ConfigProperty(name = "openropa.limits.json-nesting-depth") int nestingDepth) {
        this.nestingDepth = nestingDepth;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // No request of this API nests deeper than a few levels; a deeper one is refused while it is read.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(nestingDepth).build());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.addHandler(new JsonReadErrors());
        // PostgreSQL cannot store the NUL character in text: refuse it here, where the field is known.
        mapper.registerModule(new SimpleModule("openropa-text").addDeserializer(String.class, new TextDeserializer()));
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
    }
}
