package org.openropa.common.query;

import io.quarkus.panache.common.Parameters;

import java.util.Locale;

/** Builds the WHERE clause of a list from the filters given, always scoped to one organisation. */
public final class Where {

    private final StringBuilder clause = new StringBuilder("e.organisationId = :organisationId");
    private final Parameters params = new Parameters();
    private int next;

    public Where(String organisationId) {
        params.and("organisationId", organisationId);
    }

    /** Adds {@code condition} (with {@code ?} standing for the parameter) when the value is given. */
    public Where and(String condition, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return this;
        }
        String name = "p" + next++;
        clause.append(" and ").append(condition.replace("?", ":" + name));
        params.and(name, value);
        return this;
    }

    /**
     * Adds {@code e.id in (ids)} when the ids were looked up for a given filter; an empty list matches nothing
     * (the filter named an entry that nothing links, or that does not exist).
     */
    public Where idIn(java.util.List<java.util.UUID> ids) {
        if (ids == null) {
            return this;
        }
        if (ids.isEmpty()) {
            clause.append(" and 1 = 0");
            return this;
        }
        return and("e.id in ?", ids);
    }

    /** Adds a case-insensitive "contains" search over the given expressions when text is given. */
    public Where search(String text, String... expressions) {
        QueryParams.text("q", text, QueryParams.MAX_TEXT);
        if (text == null || text.isBlank()) {
            return this;
        }
        String name = "p" + next++;
        clause.append(" and (");
        for (int i = 0; i < expressions.length; i++) {
            clause.append(i == 0 ? "" : " or ").append("lower(").append(expressions[i]).append(") like :").append(name)
                    .append(" escape '\\'");
        }
        clause.append(')');
        params.and(name, containsPattern(text));
        return this;
    }

    /** A case-insensitive LIKE "contains" pattern, with the search text's own wildcards escaped. */
    public static String containsPattern(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String clause() {
        return clause.toString();
    }

    public Parameters params() {
        return params;
    }
}
