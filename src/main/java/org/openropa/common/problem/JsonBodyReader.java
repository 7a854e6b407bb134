package org.openropa.common.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openropa.common.http.BodyLimit;
import org.openropa.common.http.RequestLimits;
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
 * ({@link JsonReadErrors}), and answers one 400 naming each of them. An empty body reads as no body; one over the
 * body limit is a 413, however it was sent.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;
    private final RequestLimits limits;

    public JsonBodyReader(ObjectMapper mapper, RequestLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.openropa.") && (mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        BodyLimit limited = new BodyLimit(entityStream, limits.bodyLimit());
        try {
            PushbackInputStream in = new PushbackInputStream(limited, 1);
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
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded()) {
                throw RequestLimits.bodyTooLarge(limits.bodyLimit());
            }
            throw e;
        }
    }
}
