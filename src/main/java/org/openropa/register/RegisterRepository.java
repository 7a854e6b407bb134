package org.openropa.register;

import org.openropa.common.Keys;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries every register shares: entries by id or reference within one organisation, pages, counts. */
public abstract class RegisterRepository<E extends OrganisationEntry> implements PanacheRepositoryBase<E, UUID> {

    protected abstract String entityName();

    public Optional<E> findByKey(String organisationId, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        UUID id = Keys.uuidOrNull(key);
        if (id != null) {
            Optional<E> byId = find("organisationId = ?1 and id = ?2", organisationId, id).firstResultOptional();
            if (byId.isPresent()) {
                return byId;
            }
        }
        return findByReference(organisationId, key);
    }

    /** No entry has this id: a filter naming an unknown entry matches nothing rather than erroring. */
    private static final UUID NO_ENTRY = new UUID(0, 0);

    /** The id a list filter naming an entry (by id or reference) should match; null when the filter is not given. */
    public UUID filterId(String organisationId, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return findByKey(organisationId, key.trim()).map(e -> e.id).orElse(NO_ENTRY);
    }

    public Optional<E> findByReference(String organisationId, String reference) {
        return find("organisationId = ?1 and reference = ?2", organisationId, reference).firstResultOptional();
    }

    /** Resolves links in one query: the map is keyed by each link's key (id or reference) that exists in the organisation. */
    public Map<String, E> resolve(String organisationId, Collection<LinkRef> links) {
        List<UUID> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (LinkRef link : links) {
            if (link == null || link.key() == null) {
                continue;
            }
            UUID id = Keys.uuidOrNull(link.key());
            if (id != null) {
                ids.add(id);
            }
            references.add(link.key());
        }
        Map<String, E> found = new HashMap<>();
        if (references.isEmpty()) {
            return found;
        }
        List<E> entries = ids.isEmpty()
                ? list("organisationId = ?1 and reference in ?2", organisationId, references)
                : list("organisationId = ?1 and (reference in ?2 or id in ?3)", organisationId, references, ids);
        for (E e : entries) {
            found.put(e.reference, e);
            found.put(e.id.toString(), e);
        }
        return found;
    }

    public List<E> page(String where, Parameters params, String orderBy, int offset, int limit) {
        return find("from " + entityName() + " e where " + where + " order by " + orderBy, params)
                .range(offset, offset + limit - 1).list();
    }

    public long count(String where, Parameters params) {
        return find("from " + entityName() + " e where " + where, params).count();
    }
}
