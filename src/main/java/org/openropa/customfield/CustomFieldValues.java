package org.openropa.customfield;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.common.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks an entry's customFields against what its organisation declared for that register. */
@ApplicationScoped
public class CustomFieldValues {

    private final CustomFieldRepository repository;

    public CustomFieldValues(CustomFieldRepository repository) {
        this.repository = repository;
    }

    /** The values to store (nulls dropped, keys sorted), or 400 naming each offending field. */
    public Map<String, Object> validate(String organisationId, CustomFieldTarget target, Map<String, Object> values) {
        Map<String, CustomField> declared = new LinkedHashMap<>();
        for (CustomField f : repository.list("organisationId", organisationId)) {
            if (f.appliesTo.contains(target)) {
                declared.put(f.reference, f);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> result = new TreeMap<>();
        if (values != null) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                String pointer = "#/customFields/" + e.getKey().replace("~", "~0").replace("/", "~1");
                CustomField field = declared.get(e.getKey());
                if (field == null) {
                    errors.add(new FieldError(pointer, "is not a custom field declared for " + target.name().toLowerCase().replace('_', ' ') + "s"));
                    continue;
                }
                if (e.getValue() == null) {
                    continue;
                }
                String problem = check(field, e.getValue());
                if (problem != null) {
                    errors.add(new FieldError(pointer, problem));
                } else {
                    result.put(e.getKey(), e.getValue());
                }
            }
        }
        for (CustomField f : declared.values()) {
            if (f.required && !result.containsKey(f.reference) && errors.stream().noneMatch(x -> x.pointer().endsWith("/" + f.reference))) {
                errors.add(new FieldError("#/customFields/" + f.reference, "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return result;
    }

    private static String check(CustomField field, Object value) {
        return switch (field.type) {
            case TEXT -> value instanceof String s && s.length() <= 4000 ? null : "must be text (at most 4000 characters)";
            case NUMBER -> value instanceof Number ? null : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case DATE -> {
                if (value instanceof String s) {
                    try {
                        LocalDate.parse(s);
                        yield null;
                    } catch (DateTimeParseException ex) {
                        // falls through to the message
                    }
                }
                yield "must be a date (YYYY-MM-DD)";
            }
            case ENUM -> value instanceof String s && field.allowedValues.contains(s) ? null
                    : "must be one of " + String.join(", ", field.allowedValues);
        };
    }
}
