package org.openropa.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table links a write resolved, by declaration: what {@link RegisterService#apply} hands back to the
 * write path, which replaces the entry's links with them once the entry row is written.
 */
public final class LinkSet {

    private final Map<LinkDeclaration, List<LinkTarget>> targets = new LinkedHashMap<>();

    public static LinkSet none() {
        return new LinkSet();
    }

    public LinkSet with(LinkDeclaration link, List<LinkTarget> linked) {
        if (!link.inTable()) {
            throw new IllegalArgumentException("a column link is written on the entity");
        }
        targets.put(link, List.copyOf(linked));
        return this;
    }

    public LinkSet withIds(LinkDeclaration link, List<java.util.UUID> ids) {
        return with(link, ids.stream().map(LinkTarget::to).toList());
    }

    Map<LinkDeclaration, List<LinkTarget>> targets() {
        return targets;
    }
}
