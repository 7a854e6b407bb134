package org.openropa.register;

import org.openropa.common.http.MergePatch;

import org.openropa.common.problem.ApiException;
import org.openropa.common.problem.FieldError;
import org.openropa.common.problem.JsonReadErrors;
import org.openropa.common.problem.ProblemMappers;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a JSON merge patch to an entry's current writable form and reads the result back as the
 * request type, validated exactly as a PUT body would be.
 */
@ApplicationScoped
public class PatchSupport {

    private final ObjectMapper mapper;
    private final Validator validator;

    public PatchSupport(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T merge(Object current, JsonNode patch, Class<T> type) {
        JsonNode merged = MergePatch.apply(mapper.valueToTree(current), patch);
        T request;
        List<FieldError> errors = new ArrayList<>();
        try {
            request = JsonReadErrors.reader(mapper, mapper.constructType(type), errors).readValue(merged);
        } catch (JsonMappingException e) {
            throw ProblemMappers.invalidField(e);
        } catch (IOException e) {
            throw ApiException.badRequest("The merge patch could not be applied.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (request == null) {
            throw ApiException.badRequest("The merge patch removed the whole entry.");
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    public Validator validator() {
        return validator;
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
