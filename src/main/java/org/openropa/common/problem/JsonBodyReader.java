package org.openropa.common.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON request bodies of this API's own request types, collecting every field Jackson cannot read
 * ({@link JsonReadErrors}), and answers one 400 naming each of them. An empty body reads as no body.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;

    public JsonBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.openropa.") && (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first == -1) {
            return null;
        }
        in.unread(first);
        List<FieldError> errors = new ArrayList<>();
        Object body = JsonReadErrors.reader(mapper, mapper.constructType(genericType), errors).readValue(in);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return body;
    }
}
