package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The activities an export holds, in the record's order. Each walk reads them afresh, one at a time (a walk over the
 * record as it is now runs in the caller's transaction, through a cursor), so no export holds the register whole.
 */
@FunctionalInterface
interface Activities {

    void forEach(Consumer<JsonNode> each);

    /** Writes each activity as it is read; a failure to write ends the walk and is thrown as it came. */
    default void write(ActivityWriter each) throws IOException {
        try {
            forEach(a -> {
                try {
                    each.write(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    interface ActivityWriter {
        void write(JsonNode activity) throws IOException;
    }
}
