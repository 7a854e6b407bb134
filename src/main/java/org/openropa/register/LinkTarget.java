package org.openropa.register;

import java.util.UUID;

/** One link a write resolved: the target entry's id and, for qualified links, the qualifier. */
public record LinkTarget(UUID targetId, String qualifier) {

    public static LinkTarget to(UUID targetId) {
        return new LinkTarget(targetId, null);
    }
}
