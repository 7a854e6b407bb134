package org.openropa.register;

import org.openropa.common.problem.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The link tables between registers, and resolving the links a request names (unknown ones are 400s naming the field). */
public final class Links {

    public static final LinkTables.Link ASSET_MEASURES = new LinkTables.Link("information_asset_security_measure",
            "information_asset_id", "security_measure_id", "security_measure", "name");
    public static final LinkTables.Link ACTIVITY_MEASURES = new LinkTables.Link("processing_activity_security_measure",
            "processing_activity_id", "security_measure_id", "security_measure", "name");
    public static final LinkTables.Link ACTIVITY_ASSETS = new LinkTables.Link("processing_activity_information_asset",
            "processing_activity_id", "information_asset_id", "information_asset", "name");

    private Links() {
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
