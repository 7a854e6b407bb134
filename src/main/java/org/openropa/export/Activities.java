package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.Consumer;

/**
 * The activities an export holds, in the record's order. Each walk reads them afresh, one at a time (a walk over the
 * record as it is now runs in the caller's transaction, through a cursor), so no export holds the register whole.
 */
@FunctionalInterface
interface Activities {

    void forEach(Consumer<JsonNode> each);
}
