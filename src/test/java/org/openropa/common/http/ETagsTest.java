package org.openropa.common.http;

import org.junit.jupiter.api.Test;
import org.openropa.common.problem.ApiException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    @Test
    void aWriteWithoutIfMatchIs428() {
        assertEquals(428, assertThrows(ApiException.class, () -> ETags.requireMatch(null, 3)).status());
    }

    @Test
    void aWriteWithAnotherVersionIs412() {
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.requireMatch("\"2\"", 3)).status());
    }

    @Test
    void aWriteMatchesTheQuotedCurrentVersionOrAStar() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void aWeakTagDoesNotMatchForAWrite() {
        assertEquals(412, assertThrows(ApiException.class, () -> ETags.requireMatch("W/\"3\"", 3)).status());
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(ETags.noneMatchHits("W/\"3\"", 3));
        assertFalse(ETags.noneMatchHits("\"2\"", 3));
        assertFalse(ETags.noneMatchHits(null, 3));
    }
}
