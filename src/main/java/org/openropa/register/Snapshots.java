package org.openropa.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.openropa.common.problem.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Filters and order over entries as history holds them (JSON as the API served them), for lists asked "as at" an
 * instant: the same filters as the live list, applied to the entries as they stood.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** A filter that matches every entry, narrowed by each condition given. */
    public static Filter filter() {
        return new Filter();
    }

    public static final class Filter implements Predicate<JsonNode> {
        private final List<Predicate<JsonNode>> conditions = new ArrayList<>();

        @Override
        public boolean test(JsonNode entry) {
            return conditions.stream().allMatch(c -> c.test(entry));
        }

        /** The member equals the value, when a value is given. */
        public Filter eq(String member, Object value) {
            if (value != null) {
                String wanted = value instanceof Enum<?> e ? e.name() : value.toString();
                conditions.add(e -> wanted.equals(e.path(member).asText(null)));
            }
            return this;
        }

        /** Some element of the array member (or a field of it) equals the value. */
        public Filter anyEq(String array, String field, Object value) {
            if (value != null) {
                String wanted = value instanceof Enum<?> e ? e.name() : value.toString();
                conditions.add(e -> stream(e.path(array)).anyMatch(x -> wanted.equals((field == null ? x : x.path(field)).asText(null))));
            }
            return this;
        }

        /** The entry links (in the array member, each link an object or one under linkField) to the entry named by id or reference. */
        public Filter links(String array, String linkField, String key) {
            if (key != null && !key.isBlank()) {
                String k = key.trim();
                conditions.add(e -> stream(e.path(array)).map(x -> linkField == null ? x : x.path(linkField))
                        .anyMatch(l -> k.equals(l.path("id").asText(null)) || k.equals(l.path("reference").asText(null))));
            }
            return this;
        }

        /** The single link in the member names the entry by id or reference. */
        public Filter link(String member, String key) {
            if (key != null && !key.isBlank()) {
                String k = key.trim();
                conditions.add(e -> k.equals(e.path(member).path("id").asText(null)) || k.equals(e.path(member).path("reference").asText(null)));
            }
            return this;
        }

        public Filter bool(Boolean value, Predicate<JsonNode> holds) {
            if (value != null) {
                conditions.add(e -> holds.test(e) == value);
            }
            return this;
        }

        public Filter dateBefore(String member, LocalDate before) {
            if (before != null) {
                conditions.add(e -> e.hasNonNull(member) && LocalDate.parse(e.get(member).asText()).isBefore(before));
            }
            return this;
        }

        public Filter instantFrom(String member, Instant from) {
            if (from != null) {
                conditions.add(e -> e.hasNonNull(member) && !Instant.parse(e.get(member).asText()).isBefore(from));
            }
            return this;
        }

        /** Case-insensitive text in any of the members (a member may be an array's field: "purposes.description"). */
        public Filter search(String text, String... members) {
            if (text != null && !text.isBlank()) {
                String needle = text.trim().toLowerCase(Locale.ROOT);
                conditions.add(e -> {
                    for (String m : members) {
                        String[] path = m.split("\\.");
                        List<JsonNode> values = path.length == 1 ? List.of(e.path(m)) : stream(e.path(path[0])).map(x -> x.path(path[1])).toList();
                        if (values.stream().anyMatch(v -> v.isTextual() && v.asText().toLowerCase(Locale.ROOT).contains(needle))) {
                            return true;
                        }
                    }
                    return false;
                });
            }
            return this;
        }
    }

    public static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items.stream();
    }

    /** The order of a sort parameter (the same fields the live list allows), by reference when none is given. */
    public static Comparator<JsonNode> order(String sort, Set<String> allowed) {
        String spec = sort == null || sort.isBlank() ? "reference" : sort;
        Comparator<JsonNode> order = null;
        for (String raw : spec.split(",")) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            if (descending || field.startsWith("+")) {
                field = field.substring(1);
            }
            if (!allowed.contains(field)) {
                throw ApiException.invalid("sort", "'" + raw.trim() + "' is not a sort field; use one of " + String.join(", ", allowed)
                        + ", each optionally prefixed by -");
            }
            String f = field;
            Comparator<JsonNode> next = Comparator.comparing(e -> e.path(f).asText("").toLowerCase(Locale.ROOT));
            next = descending ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return order.thenComparing(e -> e.path("id").asText(""));
    }
}
