package org.openropa.common.query;

import org.junit.jupiter.api.Test;
import org.openropa.common.problem.ApiException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortingTest {

    private static final Map<String, String> ALLOWED = Map.of("name", "lower(e.name)", "updatedAt", "e.updatedAt");

    @Test
    void noSortGivesTheFallbackAndTheTieBreak() {
        assertEquals("lower(e.name) asc, e.id asc", Sorting.orderBy(null, ALLOWED, "name", "e.id"));
    }

    @Test
    void aMinusSortsDescendingAndFieldsKeepTheirOrder() {
        assertEquals("e.updatedAt desc, lower(e.name) asc, e.id asc", Sorting.orderBy("-updatedAt,name", ALLOWED, "name", "e.id"));
    }

    @Test
    void anUnknownFieldNamesTheSortParameter() {
        ApiException e = assertThrows(ApiException.class, () -> Sorting.orderBy("colour", ALLOWED, "name", "e.id"));
        assertEquals("sort", e.errors().get(0).pointer());
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThrows(ApiException.class, () -> Sorting.orderBy("name,-name", ALLOWED, "name", "e.id"));
    }
}
