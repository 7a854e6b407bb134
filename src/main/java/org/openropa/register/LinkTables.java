package org.openropa.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Link tables between registers (asset to measures, activity to assets, ...). Reads take a whole page
 * of owners at once, so a list costs one statement per link table however long the page is.
 */
@ApplicationScoped
public class LinkTables {

    /** A link table: its name, the owner and target columns, and the target table with the column that names an entry. */
    public record Link(String table, String ownerColumn, String targetColumn, String targetTable, String targetNameColumn) {
    }

    private final EntityManager em;

    public LinkTables(EntityManager em) {
        this.em = em;
    }

    /** Replaces the owner's links with the targets, in order. */
    public void replace(Link link, String organisationId, UUID ownerId, List<UUID> targets) {
        em.createNativeQuery("delete from " + link.table() + " where " + link.ownerColumn() + " = ?1")
                .setParameter(1, ownerId).executeUpdate();
        if (targets.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into " + link.table() + " (organisation_id, " + link.ownerColumn() + ", " + link.targetColumn()
                        + ", position) select ?1, ?2, t.id, t.position from unnest(cast(?3 as uuid[])) with ordinality as t(id, position)")
                .setParameter(1, organisationId)
                .setParameter(2, ownerId)
                .setParameter(3, targets.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    /** For each owner, its linked entries in order. */
    public Map<UUID, List<EntryLink>> targetsOf(Link link, Collection<UUID> ownerIds) {
        return query("select l." + link.ownerColumn() + ", t.id, t.reference, t." + link.targetNameColumn()
                + " from " + link.table() + " l join " + link.targetTable() + " t on t.id = l." + link.targetColumn()
                + " where l." + link.ownerColumn() + " in (?1) order by l." + link.ownerColumn() + ", l.position", ownerIds);
    }

    /** For each target, the owners that link to it, by reference (the back-link an entry shows). */
    public Map<UUID, List<EntryLink>> ownersOf(Link link, String ownerTable, String ownerNameColumn, Collection<UUID> targetIds) {
        return query("select l." + link.targetColumn() + ", o.id, o.reference, o." + ownerNameColumn
                + " from " + link.table() + " l join " + ownerTable + " o on o.id = l." + link.ownerColumn()
                + " where l." + link.targetColumn() + " in (?1) order by l." + link.targetColumn() + ", o.reference", targetIds);
    }

    /** Entries of a table by id, for links held in a column. */
    public Map<UUID, EntryLink> entries(String table, String nameColumn, Collection<UUID> ids) {
        Map<UUID, EntryLink> result = new HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, reference, " + nameColumn + " from " + table + " where id in (?1)")
                .setParameter(1, wanted).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            result.put(id, new EntryLink(id, (String) row[1], (String) row[2]));
        }
        return result;
    }

    private Map<UUID, List<EntryLink>> query(String sql, Collection<UUID> keys) {
        Map<UUID, List<EntryLink>> result = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, List.copyOf(keys)).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new EntryLink((UUID) row[1], (String) row[2], (String) row[3]));
        }
        return result;
    }
}
