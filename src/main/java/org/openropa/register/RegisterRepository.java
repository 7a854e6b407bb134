package org.openropa.register;

import org.openropa.common.Keys;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Inject;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries every register shares: entries by id or reference within one organisation, pages, counts. */
public abstract class RegisterRepository<E extends OrganisationEntry> implements PanacheRepositoryBase<E, UUID> {

    @Inject
    LinkRepository links;

    /** The link queries, for repositories that select an entry's links with it. */
    protected LinkRepository links() {
        return links;
    }

    protected abstract String entityName();

    /**
     * For a list filter naming a linked entry (by id or reference): the ids of the entries that link to it,
     * or null when the filter is not given.
     */
    protected List<UUID> linkedTo(LinkDeclaration link, String parameter, String organisationId, String key) {
        QueryParams.text(parameter, key, QueryParams.MAX_KEY);
        return key == null || key.isBlank() ? null : links.ownersLinkedTo(link, organisationId, key);
    }

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

    /** Entries by id, in one statement. */
    public Map<UUID, E> byIds(Collection<UUID> ids) {
        Map<UUID, E> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", List.copyOf(ids)).forEach(e -> found.put(e.id, e));
        }
        return found;
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

    public List<E> page(Where where, String orderBy, int offset, int limit) {
        return find("from " + entityName() + " e where " + where.clause() + " order by " + orderBy, where.params())
                .range(offset, offset + limit - 1).list();
    }

    public long count(Where where) {
        return find("from " + entityName() + " e where " + where.clause(), where.params()).count();
    }
}
