package org.openropa.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The queries over the revision table: an entry's history, entries as they stood at an instant, the change feed and
 * the chain check. Each is one statement, whatever the length of the history.
 */
@ApplicationScoped
public class RevisionRepository {

    private static final String COLUMNS = "seq, entry_revision, entry_type, entry_id, reference, organisation_id, action, changed_by, "
            + "changed_at, cast(after as text), cast(patch as text), hash, previous_hash, cast(before as text)";

    private final EntityManager em;
    private final ObjectMapper mapper;

    public RevisionRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** The id of the entry a key names in the history: its id, or the reference it had at its latest revision. */
    public Optional<String> entryId(String organisationId, String entryType, String key) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("""
                        select entry_id from revision where organisation_id = ?1 and entry_type = ?2 and (entry_id = ?3 or reference = ?3)
                        order by (entry_id = ?3) desc, seq desc limit 1""")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, key).getResultList();
        return ids.stream().findFirst();
    }

    /** A page of an entry's revisions, newest first. */
    public List<Revision> history(String organisationId, String entryType, String entryId, int offset, int limit) {
        return revisions(em.createNativeQuery("select " + COLUMNS + " from revision where organisation_id = ?1 and entry_type = ?2 "
                        + "and entry_id = ?3 order by seq desc offset ?4 limit ?5")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, entryId).setParameter(4, offset)
                .setParameter(5, limit).getResultList());
    }

    public long historySize(String organisationId, String entryType, String entryId) {
        return ((Number) em.createNativeQuery("select count(*) from revision where organisation_id = ?1 and entry_type = ?2 and entry_id = ?3")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, entryId).getSingleResult()).longValue();
    }

    public Optional<Revision> revision(String organisationId, String entryType, String entryId, int number) {
        return revisions(em.createNativeQuery("select " + COLUMNS + " from revision where organisation_id = ?1 and entry_type = ?2 "
                        + "and entry_id = ?3 and entry_revision = ?4")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, entryId).setParameter(4, number)
                .getResultList()).stream().findFirst();
    }

    /** The entry as it stood at the instant, named by its id or the reference it had then; empty if it did not exist then. */
    public Optional<JsonNode> entryAsAt(String organisationId, String entryType, String key, Instant asAt) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        select cast(after as text) from (
                            select distinct on (entry_id) entry_id, reference, action, after from revision
                            where organisation_id = ?1 and entry_type = ?2 and changed_at <= ?3
                              and entry_id in (select entry_id from revision where organisation_id = ?1 and entry_type = ?2
                                               and (entry_id = ?4 or reference = ?4))
                            order by entry_id, seq desc) latest
                        where action <> 'DELETE' and (entry_id = ?4 or reference = ?4)
                        order by (entry_id = ?4) desc limit 1""")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, OffsetDateTime.ofInstant(asAt, java.time.ZoneOffset.UTC))
                .setParameter(4, key).getResultList();
        return rows.stream().findFirst().map(this::tree);
    }

    /** Every entry of a register as it stood at the instant (those deleted by then left out), in one statement. */
    public List<JsonNode> entriesAsAt(String organisationId, String entryType, Instant asAt) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        select cast(after as text) from (
                            select distinct on (entry_id) action, after from revision
                            where organisation_id = ?1 and entry_type = ?2 and changed_at <= ?3
                            order by entry_id, seq desc) latest
                        where action <> 'DELETE'""")
                .setParameter(1, organisationId).setParameter(2, entryType).setParameter(3, OffsetDateTime.ofInstant(asAt, java.time.ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(this::tree).toList();
    }

    /** Every organisation as it stood at the instant (row-level security leaves out those the caller may not see). */
    public List<JsonNode> organisationsAsAt(Instant asAt) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        select cast(after as text) from (
                            select distinct on (organisation_id) action, after from revision
                            where entry_type = 'ORGANISATION' and changed_at <= ?1
                            order by organisation_id, seq desc) latest
                        where action <> 'DELETE'""")
                .setParameter(1, OffsetDateTime.ofInstant(asAt, java.time.ZoneOffset.UTC)).getResultList();
        return rows.stream().map(this::tree).toList();
    }

    /** The organisation's revisions after a sequence number, in commit order. */
    public List<Revision> changes(String organisationId, long after, int limit) {
        return revisions(em.createNativeQuery("select " + COLUMNS + " from revision where organisation_id = ?1 and seq > ?2 order by seq limit ?3")
                .setParameter(1, organisationId).setParameter(2, after).setParameter(3, limit).getResultList());
    }

    /** The head of the organisation's chain: its latest sequence number and hash, or empty before its first revision. */
    public Optional<Object[]> head(String organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, hash from revision where organisation_id = ?1 order by seq desc limit 1")
                .setParameter(1, organisationId).getResultList();
        return rows.stream().findFirst();
    }

    /** The head of the chain as it stood at the instant. */
    public Optional<Object[]> headAt(String organisationId, Instant asAt) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, hash from revision where organisation_id = ?1 and changed_at <= ?2 order by seq desc limit 1")
                .setParameter(1, organisationId).setParameter(2, OffsetDateTime.ofInstant(asAt, java.time.ZoneOffset.UTC)).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Each revision of the organisation in order with whether its stored hash matches its content and whether it names
     * the hash before it: rows of (seq, entry type, entry id, revision, hash matches, linked), streamed.
     */
    @SuppressWarnings("unchecked")
    public Stream<Object[]> chain(String organisationId) {
        return em.createNativeQuery("""
                        select r.seq, r.entry_type, r.entry_id, r.entry_revision, openropa_revision_digest(r) = r.hash,
                               r.previous_hash is not distinct from lag(r.hash) over (order by r.seq)
                        from revision r where r.organisation_id = ?1 order by r.seq""")
                .setParameter(1, organisationId).getResultStream();
    }

    private List<Revision> revisions(List<?> rows) {
        List<Revision> result = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            JsonNode after = r[9] == null ? null : tree((String) r[9]);
            JsonNode patch = r[10] == null ? null : tree((String) r[10]);
            if (patch == null && after != null) {
                // Revisions recorded before patches were kept: the patch is derived from the before and after they hold.
                patch = JsonDiff.asJson(r[13] == null ? mapper.createObjectNode() : tree((String) r[13]), after);
            }
            result.add(new Revision(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], instant(r[8]), after, patch, (String) r[11], (String) r[12]));
        }
        return result;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }
}
