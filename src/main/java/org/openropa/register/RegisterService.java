package org.openropa.register;

import org.openropa.common.http.ETags;
import org.openropa.common.http.Responses;
import org.openropa.common.http.Versioned;
import org.openropa.common.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import org.openropa.register.RevisionRecorder.Action;
import org.openropa.organisation.Organisation;
import org.openropa.organisation.OrganisationService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The write path every register shares. Each write is one method here: it checks the organisation and
 * the If-Match precondition, lets the feature apply and validate the request, and records the revision
 * in the same transaction. Features supply the mapping and their rules.
 *
 * @param <E> the entity
 * @param <Q> the request (create, replace, merge-patch target)
 * @param <R> the response
 */
public abstract class RegisterService<E extends OrganisationEntry, Q extends RegisterRequest, R> {

    protected OrganisationService organisations;
    protected RevisionRecorder revisions;
    protected PatchSupport patches;
    private RegisterRepository<E> repository;
    private String entryType;
    private String noun;
    private Supplier<E> newEntity;
    private Class<Q> requestType;

    /** For the container's client proxies only. */
    protected RegisterService() {
    }

    /**
     * @param entryType the entry type revisions record, e.g. RETENTION_RULE
     * @param noun      the entry in messages, e.g. "retention rule"
     */
    protected RegisterService(Shared shared, RegisterRepository<E> repository, String entryType, String noun,
                              Supplier<E> newEntity, Class<Q> requestType) {
        this.organisations = shared.organisations();
        this.revisions = shared.revisions();
        this.patches = shared.patches();
        this.repository = repository;
        this.entryType = entryType;
        this.noun = noun;
        this.newEntity = newEntity;
        this.requestType = requestType;
    }

    /** The beans every register service uses, injected once. */
    @jakarta.inject.Singleton
    public static class Shared {
        private final OrganisationService organisations;
        private final RevisionRecorder revisions;
        private final PatchSupport patches;

        public Shared(OrganisationService organisations, RevisionRecorder revisions, PatchSupport patches) {
            this.organisations = organisations;
            this.revisions = revisions;
            this.patches = patches;
        }

        OrganisationService organisations() {
            return organisations;
        }

        RevisionRecorder revisions() {
            return revisions;
        }

        PatchSupport patches() {
            return patches;
        }
    }

    protected RegisterRepository<E> repository() {
        return repository;
    }

    public OrganisationService organisations() {
        return organisations;
    }


    /** Validates the request against the organisation's other entries and copies it onto the entity (not the reference). */
    protected abstract void apply(Organisation organisation, E entity, Q request);

    /** Writes what lives outside the entity row (link tables) once the entity is flushed. */
    protected void afterWrite(E entity, Q request) {
    }

    public abstract R toResponse(E entity);

    /** Responses for a page of entries; registers with links override it to load them for the page at once. */
    public List<R> toResponses(List<E> entries) {
        return entries.stream().map(this::toResponse).toList();
    }

    /** The response as a request, the starting point of a merge patch. */
    protected abstract Q toRequest(R response);

    /** Refuses a delete (409) while other entries link to the entry. */
    protected void checkDeletable(E entity) {
    }

    @Transactional
    public Versioned<R> get(String organisationId, String key) {
        E entity = require(organisationId, key);
        return new Versioned<>(toResponse(entity), entity.version);
    }

    @Transactional
    public Versioned<R> create(String organisationId, Q request) {
        Organisation organisation = organisations.require(organisationId);
        return insert(organisation, request, request.reference());
    }

    @Transactional
    public Versioned<R> replace(String organisationId, String key, Q request, String ifMatch) {
        Organisation organisation = organisations.require(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        return update(organisation, entity, request, request.reference());
    }

    @Transactional
    public Versioned<R> patch(String organisationId, String key, JsonNode patch, String ifMatch) {
        Organisation organisation = organisations.require(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        Q request = patches.merge(toRequest(toResponse(entity)), patch, requestType);
        return update(organisation, entity, request, request.reference());
    }

    /**
     * Creates or replaces the entry with the caller's reference. If-Match, when given, must match an existing
     * entry; If-None-Match: * makes the call create-only.
     */
    @Transactional
    public Versioned<R> upsert(String organisationId, String reference, Q request, String ifMatch, String ifNoneMatch) {
        Organisation organisation = organisations.require(organisationId);
        var violations = patches.validator().validateValue(requestType, "reference", reference);
        if (!violations.isEmpty()) {
            throw ApiException.invalid("reference", "the reference in the path " + violations.iterator().next().getMessage());
        }
        if (request.reference() != null && !request.reference().equals(reference)) {
            throw ApiException.invalid("#/reference", "must equal the reference in the path ('" + reference + "') or be left out");
        }
        E existing = repository().findByReference(organisationId, reference).orElse(null);
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.trim().equals("*");
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ApiException.preconditionFailed();
            }
            Versioned<R> created = insert(organisation, request, reference);
            return new Versioned<>(created.body(), created.version(), true);
        }
        if (createOnly) {
            throw new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                    "A " + noun + " with reference '" + reference + "' already exists and If-None-Match: * asked for a create only.", null);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        return update(organisation, existing, request, reference);
    }

    @Transactional
    public void delete(String organisationId, String key, String ifMatch) {
        organisations.require(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        checkDeletable(entity);
        R before = toResponse(entity);
        repository().delete(entity);
        repository().flush();
        revisions.record(organisationId, entryType, entity.id.toString(), Action.DELETE, entity.version, now(), before, null);
    }

    /** The entry named by id or reference in this organisation, or 404 (also for another organisation's entries). */
    public E require(String organisationId, String key) {
        organisations.require(organisationId);
        return repository().findByKey(organisationId, key).orElseThrow(() ->
                ApiException.notFound("There is no " + noun + " '" + key + "' in organisation '" + organisationId + "'."));
    }

    private Versioned<R> insert(Organisation organisation, Q request, String reference) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.invalid("#/reference", "must not be blank");
        }
        checkReferenceFree(organisation.id, reference, null);
        E entity = newEntity.get();
        entity.id = UUID.randomUUID();
        entity.organisationId = organisation.id;
        entity.reference = reference;
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        apply(organisation, entity, request);
        repository().persistAndFlush(entity);
        afterWrite(entity, request);
        R after = toResponse(entity);
        revisions.record(organisation.id, entryType, entity.id.toString(), Action.CREATE, entity.version, entity.updatedAt, null, after);
        return new Versioned<>(after, entity.version, true);
    }

    private Versioned<R> update(Organisation organisation, E entity, Q request, String reference) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.invalid("#/reference", "must not be blank");
        }
        if (!reference.equals(entity.reference)) {
            checkReferenceFree(organisation.id, reference, entity.id);
        }
        R before = toResponse(entity);
        entity.reference = reference;
        apply(organisation, entity, request);
        // updatedAt always changes, so the row and its version change even when only link tables do.
        entity.updatedAt = now();
        repository().flush();
        afterWrite(entity, request);
        R after = toResponse(entity);
        revisions.record(organisation.id, entryType, entity.id.toString(), Action.UPDATE, entity.version, entity.updatedAt, before, after);
        return new Versioned<>(after, entity.version);
    }

    private void checkReferenceFree(String organisationId, String reference, UUID self) {
        repository().findByReference(organisationId, reference).ifPresent(other -> {
            if (!other.id.equals(self)) {
                throw ApiException.conflict("A " + noun + " with reference '" + reference + "' already exists in organisation '"
                        + organisationId + "'.");
            }
        });
    }

    /** The time a write is stamped with: microseconds, as PostgreSQL stores it, so a read returns what was written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
