package org.openropa.common.problem;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.util.List;

/** Reads each JSON request body with {@link JsonReadErrors} on, and answers 400 naming every field that could not be read. */
@Provider
public class CollectJsonErrors implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        JsonReadErrors.begin();
        Object body;
        try {
            body = context.proceed();
        } finally {
            List<FieldError> errors = JsonReadErrors.end();
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
        }
        return body;
    }
}
