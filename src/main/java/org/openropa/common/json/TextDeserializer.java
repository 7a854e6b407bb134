package org.openropa.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/** Reads JSON strings as Jackson does, refusing text with the NUL character, which PostgreSQL cannot store. */
class TextDeserializer extends StdScalarDeserializer<String> {

    TextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (value != null && value.indexOf('\0') >= 0) {
            return (String) ctxt.handleWeirdStringValue(String.class, value, "contains the NUL character");
        }
        return value;
    }
}
