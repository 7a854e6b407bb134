package org.openropa.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.register.Revision;

import java.util.List;

/** A page of the change feed: revisions in commit order, and the cursor to resume from. */
@Schema(name = "ChangePage", requiredProperties = {"items", "nextCursor"})
public record ChangePage(
        List<Revision> items,
        @Schema(description = "Pass as 'after' to get the changes committed after these; it is returned even when there are none yet") String nextCursor,
        @Schema(description = "Whether more changes were already committed after this page") boolean more) {
}
