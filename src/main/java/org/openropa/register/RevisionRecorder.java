package org.openropa.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonDiff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Records every write (who, when, the entry before and after) in the same transaction as the write,
 * so history and the record as at any date can be served from it.
 */
@ApplicationScoped
public class RevisionRecorder {

    public enum Action { CREATE, UPDATE, DELETE }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CurrentActor actor;

    public RevisionRecorder(EntityManager em, ObjectMapper mapper, CurrentActor actor) {
        this.em = em;
        this.mapper = mapper;
        this.actor = actor;
    }

    /**
     * Takes the organisation's write lock (the one the revision trigger of migration V8 takes) for the rest of the
     * transaction, before the write reads anything: writers of one organisation then go one after another, so a
     * check-then-write (a free reference, a matching ETag, create-or-replace) cannot interleave with another's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockOrganisation(String organisationId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('openropa.revision:' || ?1))")
                .setParameter(1, organisationId).getSingleResult();
    }

    /**
     * Records a write in the caller's transaction. The database numbers it, chains it to the organisation's previous
     * revision by hash and refuses any later change to it (migration V8).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String organisationId, String entryType, String entryId, Action action, Long version,
                       Instant at, Object before, Object after) {
        JsonNode beforeTree = before == null ? null : mapper.valueToTree(before);
        JsonNode afterTree = after == null ? null : mapper.valueToTree(after);
        JsonNode named = afterTree != null ? afterTree : beforeTree;
        String reference = named == null ? entryId : named.hasNonNull("reference") ? named.get("reference").asText()
                : named.path("id").asText(entryId);
        // The change as RFC 6902 operations from the entry before (from nothing for a create; none for a delete).
        JsonNode patch = afterTree == null ? null : JsonDiff.asJson(beforeTree == null ? mapper.createObjectNode() : beforeTree, afterTree);
        em.createNativeQuery("""
                        insert into revision (organisation_id, entry_type, entry_id, reference, action, entry_version, changed_at, changed_by,
                                              before, after, patch)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb), cast(?10 as jsonb), cast(?11 as jsonb))""")
                .setParameter(1, organisationId)
                .setParameter(2, entryType)
                .setParameter(3, entryId)
                .setParameter(4, reference)
                .setParameter(5, action.name())
                .setParameter(6, version)
                .setParameter(7, at)
                .setParameter(8, actor.actor())
                .setParameter(9, json(beforeTree))
                .setParameter(10, json(afterTree))
                .setParameter(11, json(patch))
                .executeUpdate();
    }

    private String json(JsonNode value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record revision", e);
        }
    }
}
