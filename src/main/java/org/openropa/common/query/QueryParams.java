package org.openropa.common.query;

import org.openropa.common.problem.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses filter query parameters; a value that does not parse is a 400 naming the parameter. */
public final class QueryParams {

    /** The longest id or reference a filter can name. */
    public static final int MAX_KEY = 60;
    /** The longest free text (search, sort) a list takes. */
    public static final int MAX_TEXT = 200;

    private QueryParams() {
    }

    /** The value, refused (400 naming the parameter) when longer than the limit the document declares. */
    public static String text(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ApiException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** A country code filter: two letters, in upper case. */
    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("^[A-Z]{2}$")) {
            throw ApiException.invalid(name, "'" + value + "' is not a two-letter code from /v1/reference/countries");
        }
        return code;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static Instant timestamp(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw ApiException.invalid(name, "'" + value + "' is not an ISO 8601 timestamp (2026-11-22T10:15:30Z) or date");
            }
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "'" + value + "' is not true or false");
        };
    }
}
