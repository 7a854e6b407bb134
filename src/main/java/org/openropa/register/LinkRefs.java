package org.openropa.register;

import org.openropa.common.problem.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resolves the links a request names, by id or reference, in one query; unknown ones become 400 errors naming the field. */
public final class LinkRefs {

    private LinkRefs() {
    }

    /** The linked entry's id, or null (with an error) when the organisation has no such entry. */
    public static <E extends OrganisationEntry> UUID resolveOne(RegisterRepository<E> repository, String organisationId,
                                                                LinkRef link, String pointer, String noun, List<FieldError> errors) {
        if (link == null) {
            return null;
        }
        if (link.key() == null || link.key().isBlank()) {
            errors.add(new FieldError(pointer, "must give the " + noun + "'s id or reference"));
            return null;
        }
        E found = repository.resolve(organisationId, List.of(link)).get(link.key());
        if (found == null) {
            errors.add(new FieldError(pointer, "there is no " + noun + " '" + link.key() + "' in this organisation"));
            return null;
        }
        return found.id;
    }

    /** The linked entries' ids in order without repeats, resolved in one query; unknown ones become errors. */
    public static <E extends OrganisationEntry> List<UUID> resolveMany(RegisterRepository<E> repository, String organisationId,
                                                                      List<LinkRef> links, String pointer, String noun,
                                                                      List<FieldError> errors) {
        if (links == null || links.isEmpty()) {
            return List.of();
        }
        Map<String, E> found = repository.resolve(organisationId, links);
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < links.size(); i++) {
            LinkRef link = links.get(i);
            E entry = link == null || link.key() == null ? null : found.get(link.key());
            if (entry == null) {
                errors.add(new FieldError(pointer + "/" + i, link == null || link.key() == null
                        ? "must give the " + noun + "'s id or reference"
                        : "there is no " + noun + " '" + link.key() + "' in this organisation"));
            } else {
                ids.add(entry.id);
            }
        }
        return new ArrayList<>(ids);
    }
}
