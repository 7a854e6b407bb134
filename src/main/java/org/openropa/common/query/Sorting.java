package org.openropa.common.query;

import org.openropa.common.problem.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code sort=-updatedAt,name} against the fields a list allows, into an ORDER BY clause. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sort     the query parameter, may be null
     * @param allowed  API field name to query expression
     * @param fallback the default sort, in the same syntax
     * @param tieBreak expression appended last so pages are stable
     */
    public static String orderBy(String sort, Map<String, String> allowed, String fallback, String tieBreak) {
        QueryParams.text("sort", sort, QueryParams.MAX_TEXT);
        String spec = sort == null || sort.isBlank() ? fallback : sort;
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : spec.split(",")) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            if (descending || field.startsWith("+")) {
                field = field.substring(1);
            }
            String expression = allowed.get(field);
            if (expression == null || !seen.add(field)) {
                throw ApiException.invalid("sort", "'" + raw.trim() + "' is not a sort field; use one of "
                        + String.join(", ", allowed.keySet()) + ", each optionally prefixed by -");
            }
            parts.add(expression + (descending ? " desc" : " asc"));
        }
        parts.add(tieBreak + " asc");
        return String.join(", ", parts);
    }
}
