package org.openropa.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queries behind every {@link LinkDeclaration}: writing an entry's links, reading a page of entries' links
 * at once (one statement per declaration, whatever the page size), following a link backwards, and finding
 * who links to an entry. The SQL is derived from the declarations; no feature writes link SQL of its own.
 */
@ApplicationScoped
public class LinkRepository {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public LinkRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** Replaces the owner's links of one table link with the targets, in order. */
    public void replace(LinkDeclaration link, String organisationId, UUID ownerId, List<LinkTarget> targets) {
        em.createNativeQuery("delete from " + link.table() + " where " + link.ownerColumn() + " = ?1")
                .setParameter(1, ownerId).executeUpdate();
        if (targets.isEmpty()) {
            return;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (LinkTarget target : targets) {
            Map<String, String> row = new HashMap<>();
            row.put("target", target.targetId().toString());
            row.put("qualifier", target.qualifier());
            rows.add(row);
        }
        String qualifier = link.qualifierColumn() == null ? "" : ", " + link.qualifierColumn();
        String qualifierValue = link.qualifierColumn() == null ? "" : ", t.e ->> 'qualifier'";
        em.createNativeQuery("insert into " + link.table() + " (organisation_id, " + link.ownerColumn() + ", " + link.targetColumn()
                        + qualifier + ", position) select ?1, ?2, cast(t.e ->> 'target' as uuid)" + qualifierValue
                        + ", t.position from jsonb_array_elements(cast(?3 as jsonb)) with ordinality as t(e, position)")
                .setParameter(1, organisationId)
                .setParameter(2, ownerId)
                .setParameter(3, json(rows))
                .executeUpdate();
    }

    /** For each owner, the entries it links to, in the order it gave them. */
    public Map<UUID, List<LinkedEntry>> targetsOf(LinkDeclaration link, Collection<UUID> ownerIds) {
        EntryType target = link.target();
        String sql = link.inTable()
                ? "select l." + link.ownerColumn() + ", t.id, t.reference, t." + target.nameColumn() + ", "
                + (link.qualifierColumn() == null ? "null" : "l." + link.qualifierColumn())
                + " from " + link.table() + " l join " + target.table() + " t on t.id = l." + link.targetColumn()
                + " where l." + link.ownerColumn() + " in (?1) order by l." + link.ownerColumn() + ", l.position"
                : "select o.id, t.id, t.reference, t." + target.nameColumn() + ", null from " + link.owner().table()
                + " o join " + target.table() + " t on t.id = o." + link.targetColumn() + " where o.id in (?1)";
        Map<UUID, List<LinkedEntry>> result = new LinkedHashMap<>();
        for (Object[] row : rows(sql, ownerIds)) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new LinkedEntry(new EntryLink((UUID) row[1], (String) row[2], (String) row[3]), (String) row[4]));
        }
        return result;
    }

    /**
     * SQL for one owner's links as a JSON array of [id, reference, name, qualifier] in the order it gave them, correlated
     * with the owner row aliased {@code ownerAlias}: a column a query over many owners selects so that their links come
     * with them, in the same statement. Read it back with {@link #linkedEntries}.
     */
    public String linksAsJson(LinkDeclaration link, String ownerAlias) {
        if (!link.inTable()) {
            throw new IllegalArgumentException("Only links kept in a link table are read as JSON: " + link);
        }
        EntryType target = link.target();
        return "(select coalesce(json_agg(json_build_array(t.id, t.reference, t." + target.nameColumn() + ", "
                + (link.qualifierColumn() == null ? "null" : "l." + link.qualifierColumn()) + ") order by l.position), '[]')"
                + " from " + link.table() + " l join " + target.table() + " t on t.id = l." + link.targetColumn()
                + " where l." + link.ownerColumn() + " = " + ownerAlias + ".id)";
    }

    /**
     * For each owner, its links of each of the declarations (all owned by one register), in the order given: one
     * statement for a page of owners, whatever the number of declarations.
     */
    public Map<UUID, List<List<LinkedEntry>>> linksOf(List<LinkDeclaration> links, Collection<UUID> ownerIds) {
        if (links.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("select o.id");
        for (LinkDeclaration link : links) {
            sql.append(", cast(").append(linksAsJson(link, "o")).append(" as text)");
        }
        sql.append(" from ").append(links.get(0).owner().table()).append(" o where o.id in (?1)");
        Map<UUID, List<List<LinkedEntry>>> result = new HashMap<>();
        for (Object[] row : rows(sql.toString(), ownerIds)) {
            List<List<LinkedEntry>> perLink = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                perLink.add(linkedEntries((String) row[i + 1]));
            }
            result.put((UUID) row[0], perLink);
        }
        return result;
    }

    /** The links a {@link #linksAsJson} column holds. */
    public List<LinkedEntry> linkedEntries(String json) {
        List<LinkedEntry> entries = new ArrayList<>();
        try {
            for (com.fasterxml.jackson.databind.JsonNode row : mapper.readTree(json)) {
                entries.add(new LinkedEntry(new EntryLink(UUID.fromString(row.get(0).asText()), row.get(1).asText(null),
                        row.get(2).isNull() ? null : row.get(2).asText()), row.get(3).isNull() ? null : row.get(3).asText()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Links read back from the database are not JSON", e);
        }
        return entries;
    }

    /** For each owner, the entries it links to (qualifiers left out). */
    public Map<UUID, List<EntryLink>> entriesOf(LinkDeclaration link, Collection<UUID> ownerIds) {
        Map<UUID, List<EntryLink>> result = new LinkedHashMap<>();
        targetsOf(link, ownerIds).forEach((owner, linked) -> result.put(owner, linked.stream().map(LinkedEntry::entry).toList()));
        return result;
    }

    /** For each target, the entries that link to it, by reference: the back-link an entry shows. */
    public Map<UUID, List<EntryLink>> ownersOf(LinkDeclaration link, Collection<UUID> targetIds) {
        EntryType owner = link.owner();
        String sql = link.inTable()
                ? "select distinct l." + link.targetColumn() + ", o.id, o.reference, o." + owner.nameColumn()
                + " from " + link.table() + " l join " + owner.table() + " o on o.id = l." + link.ownerColumn()
                + " where l." + link.targetColumn() + " in (?1) order by l." + link.targetColumn() + ", o.reference"
                : "select o." + link.targetColumn() + ", o.id, o.reference, o." + owner.nameColumn() + " from " + owner.table()
                + " o where o." + link.targetColumn() + " in (?1) order by o." + link.targetColumn() + ", o.reference";
        Map<UUID, List<EntryLink>> result = new LinkedHashMap<>();
        for (Object[] row : rows(sql, targetIds)) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new EntryLink((UUID) row[1], (String) row[2], (String) row[3]));
        }
        return result;
    }

    /**
     * The ids of the owners that link to the target named by id or reference: what a list filter such as
     * {@code ?informationAsset=IA-7} matches (none when the organisation has no such target).
     */
    public List<UUID> ownersLinkedTo(LinkDeclaration link, String organisationId, String targetKey) {
        String sql = link.inTable()
                ? "select distinct l." + link.ownerColumn() + " from " + link.table() + " l join " + link.target().table()
                + " t on t.id = l." + link.targetColumn() + " where t.organisation_id = ?1 and (t.reference = ?2 or cast(t.id as text) = ?2)"
                : "select o.id from " + link.owner().table() + " o join " + link.target().table() + " t on t.id = o." + link.targetColumn()
                + " where t.organisation_id = ?1 and (t.reference = ?2 or cast(t.id as text) = ?2)";
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(sql).setParameter(1, organisationId).setParameter(2, targetKey.trim()).getResultList();
        return ids;
    }

    /**
     * The references of the entries that link to one entry, by link, in one statement: what a refused delete
     * names. Links with no users are left out.
     */
    public Map<LinkDeclaration, List<String>> usersOf(List<LinkDeclaration> links, String organisationId, UUID targetId) {
        Map<LinkDeclaration, List<String>> result = new LinkedHashMap<>();
        if (links.isEmpty()) {
            return result;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < links.size(); i++) {
            LinkDeclaration link = links.get(i);
            sql.append(i == 0 ? "" : " union all ");
            sql.append(link.inTable()
                    ? "select " + i + " as link, o.reference from " + link.owner().table() + " o join " + link.table()
                    + " l on l." + link.ownerColumn() + " = o.id where l.organisation_id = ?1 and l." + link.targetColumn() + " = ?2"
                    : "select " + i + " as link, o.reference from " + link.owner().table() + " o where o.organisation_id = ?1 and o."
                    + link.targetColumn() + " = ?2");
        }
        sql.append(" order by 1, 2");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql.toString()).setParameter(1, organisationId).setParameter(2, targetId)
                .getResultList();
        for (Object[] row : rows) {
            LinkDeclaration link = links.get(((Number) row[0]).intValue());
            List<String> users = result.computeIfAbsent(link, k -> new ArrayList<>());
            if (!users.contains((String) row[1])) {
                users.add((String) row[1]);
            }
        }
        return result;
    }

    private List<Object[]> rows(String sql, Collection<UUID> keys) {
        List<UUID> wanted = keys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, wanted).getResultList();
        return rows;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
