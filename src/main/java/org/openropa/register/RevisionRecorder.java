package org.openropa.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String organisationId, String entryType, String entryId, Action action, Long version,
                       Instant at, Object before, Object after) {
        em.createNativeQuery("""
                        insert into revision (organisation_id, entry_type, entry_id, action, entry_version, changed_at, changed_by, before, after)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), cast(?9 as jsonb))""")
                .setParameter(1, organisationId)
                .setParameter(2, entryType)
                .setParameter(3, entryId)
                .setParameter(4, action.name())
                .setParameter(5, version)
                .setParameter(6, at)
                .setParameter(7, actor.actor())
                .setParameter(8, json(before))
                .setParameter(9, json(after))
                .executeUpdate();
    }

    private String json(Object value) {
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
