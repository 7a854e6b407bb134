package org.openropa.register;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import org.openropa.common.http.ETags;
import org.openropa.common.http.Versioned;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.problem.ApiException;
import org.openropa.common.query.Where;
import org.openropa.register.RevisionRecorder.Action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The write path every register shares. Each write is one method here: it checks the organisation and the
 * If-Match precondition, lets the feature validate the request and copy it onto the entity ({@link #apply},
 * which hands back the links it resolved), writes the entity and its links, and records the revision in the
 * same transaction. Features supply their entry type, their links, the mapping and their rules.
 *
 * @param <E> the entity
 * @param <Q> the request (create, replace, merge-patch target)
 * @param <R> the response
 */
public abstract class RegisterService<E extends OrganisationEntry, Q extends RegisterRequest, R extends RegisterResponse> {

    private Shared shared;
    private RegisterRepository<E> repository;
    private EntryType entryType;
    private Supplier<E> newEntity;
    private Class<Q> requestType;

    /** For the container's client proxies only. */
    protected RegisterService() {
    }

    protected RegisterService(Shared shared, RegisterRepository<E> repository, EntryType entryType, Supplier<E> newEntity,
                              Class<Q> requestType) {
        this.shared = shared;
        this.repository = repository;
        this.entryType = entryType;
        this.newEntity = newEntity;
        this.requestType = requestType;
    }

    /** The beans every register service uses, injected once. */
    @jakarta.inject.Singleton
    public static class Shared {
        final RegisterOwners owners;
        final RevisionRecorder revisions;
        final PatchSupport patches;
        final LinkRepository links;
        final Registers registers;
        final Clock clock;
        final History history;

        public Shared(RegisterOwners owners, RevisionRecorder revisions, PatchSupport patches, LinkRepository links,
                      Registers registers, Clock clock, History history) {
            this.owners = owners;
            this.revisions = revisions;
            this.patches = patches;
            this.links = links;
            this.registers = registers;
            this.clock = clock;
            this.history = history;
        }
    }

    public EntryType entryType() {
        return entryType;
    }

    /** The register's history: revisions of its entries, and entries as they stood. */
    public History history() {
        return shared.history;
    }

    public Clock clock() {
        return shared.clock;
    }

    /** A page of the register as it stood at the instant, with the list's filters and order applied to the entries then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, Instant asAt,
                                                                      java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> filter,
                                                                      String sort, java.util.Set<String> sortFields, PageRequest page) {
        return shared.history.listAsAt(organisationId, entryType.code(), asAt, filter, Snapshots.order(sort, sortFields), page);
    }

    /** The links this register's entries hold, declared once here; the write path, reads and deletes follow them. */
    public List<LinkDeclaration> links() {
        return List.of();
    }

    /**
     * Validates the request against the organisation's other entries, copies it onto the entity (not the
     * reference) and hands back the table links it resolved, which the write path then writes.
     */
    protected abstract LinkSet apply(RegisterOwner organisation, E entity, Q request);

    public abstract R toResponse(E entity);

    /** A feature's own reason to refuse a delete (409), beyond the links every register checks. */
    protected void checkDeletable(E entity) {
    }

    /** Responses for a page of entries; registers with links override it to load them for the page at once. */
    public List<R> toResponses(List<E> entries) {
        return entries.stream().map(this::toResponse).toList();
    }

    protected RegisterRepository<E> repository() {
        return repository;
    }

    protected LinkRepository linkRepository() {
        return shared.links;
    }

    /** A page of the organisation's entries matching a feature's filters, and how many match in all. */
    @Transactional
    public Listing<R> list(String organisationId, Where where, String orderBy, PageRequest page) {
        List<E> rows = repository.page(where, orderBy, page.offset(), page.pageSize());
        if (rows.isEmpty()) {
            shared.owners.require(organisationId); // an empty page of an organisation that does not exist is a 404
        }
        return new Listing<>(toResponses(rows), repository.count(where));
    }

    /** A page of entries and the number of entries that match. */
    public record Listing<R>(List<R> items, long totalSize) {

        /** The requested page of entries already matched and ordered in memory. */
        public static <T> Listing<T> of(List<T> matching, PageRequest page) {
            int from = Math.min(page.offset(), matching.size());
            return new Listing<>(matching.subList(from, Math.min(from + page.pageSize(), matching.size())), matching.size());
        }
    }

    @Transactional
    public Versioned<R> get(String organisationId, String key) {
        E entity = require(organisationId, key);
        return new Versioned<>(toResponse(entity), entity.version);
    }

    @Transactional
    public Versioned<R> create(String organisationId, Q request) {
        RegisterOwner organisation = shared.owners.require(organisationId);
        shared.revisions.lockOrganisation(organisationId);
        return insert(organisation, request, request.reference());
    }

    @Transactional
    public Versioned<R> replace(String organisationId, String key, Q request, String ifMatch) {
        RegisterOwner organisation = shared.owners.require(organisationId);
        shared.revisions.lockOrganisation(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        return update(organisation, entity, request, request.reference(), toResponse(entity));
    }

    /** Applies a JSON merge patch to the entry as it reads now; the result is validated as a PUT body is. */
    @Transactional
    public Versioned<R> patch(String organisationId, String key, JsonNode patch, String ifMatch) {
        RegisterOwner organisation = shared.owners.require(organisationId);
        shared.revisions.lockOrganisation(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        R before = toResponse(entity);
        // A response is a valid request body (request types ignore the read-only members), so the patch starts from it.
        Q request = shared.patches.merge(before, patch, requestType);
        return update(organisation, entity, request, request.reference(), before);
    }

    /**
     * Creates or replaces the entry with the caller's reference. If-Match, when given, must match an existing
     * entry; If-None-Match: * makes the call create-only.
     */
    @Transactional
    public Versioned<R> upsert(String organisationId, String reference, Q request, String ifMatch, String ifNoneMatch) {
        RegisterOwner organisation = shared.owners.require(organisationId);
        shared.revisions.lockOrganisation(organisationId);
        var violations = shared.patches.validator().validateValue(requestType, "reference", reference);
        if (!violations.isEmpty()) {
            throw ApiException.invalid("reference", "the reference in the path " + violations.iterator().next().getMessage());
        }
        if (request.reference() != null && !request.reference().equals(reference)) {
            throw ApiException.invalid("#/reference", "must equal the reference in the path ('" + reference + "') or be left out");
        }
        E existing = repository.findByReference(organisationId, reference).orElse(null);
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.trim().equals("*");
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw ApiException.preconditionFailed();
            }
            return insert(organisation, request, reference);
        }
        if (createOnly) {
            throw new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                    "A " + entryType.noun() + " with reference '" + reference + "' already exists and If-None-Match: * asked for a create only.", null);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        return update(organisation, existing, request, reference, toResponse(existing));
    }

    /** Deletes the entry; while other entries link to it the answer is 409 naming them, derived from every declared link. */
    @Transactional
    public void delete(String organisationId, String key, String ifMatch) {
        shared.owners.require(organisationId);
        shared.revisions.lockOrganisation(organisationId);
        E entity = require(organisationId, key);
        ETags.requireMatch(ifMatch, entity.version);
        refuseWhileLinked(entity);
        checkDeletable(entity);
        R before = toResponse(entity);
        repository.delete(entity);
        repository.flush();
        shared.revisions.record(organisationId, entryType.code(), entity.id.toString(), Action.DELETE, entity.version, now(), before, null);
    }

    /**
     * The entry named by id or reference in this organisation, or 404 (also for another organisation's entries). The
     * organisation is looked up only when the entry is not found, to say which of the two is missing: an entry found
     * is proof enough that its organisation exists.
     */
    public E require(String organisationId, String key) {
        return repository.findByKey(organisationId, key).orElseThrow(() -> {
            shared.owners.require(organisationId);
            return ApiException.notFound("There is no " + entryType.noun() + " '" + key + "' in organisation '" + organisationId + "'.");
        });
    }

    private Versioned<R> insert(RegisterOwner organisation, Q request, String reference) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.invalid("#/reference", "must not be blank");
        }
        checkReferenceFree(organisation.organisationId(), reference, null);
        E entity = newEntity.get();
        entity.id = UUID.randomUUID();
        entity.organisationId = organisation.organisationId();
        entity.reference = reference;
        entity.createdAt = now();
        entity.updatedAt = entity.createdAt;
        LinkSet links = apply(organisation, entity, request);
        repository.persistAndFlush(entity);
        writeLinks(entity, links);
        R after = toResponse(entity);
        shared.revisions.record(entity.organisationId, entryType.code(), entity.id.toString(), Action.CREATE, entity.version,
                entity.updatedAt, null, after);
        return new Versioned<>(after, entity.version, true);
    }

    private Versioned<R> update(RegisterOwner organisation, E entity, Q request, String reference, R before) {
        if (reference == null || reference.isBlank()) {
            throw ApiException.invalid("#/reference", "must not be blank");
        }
        if (!reference.equals(entity.reference)) {
            checkReferenceFree(organisation.organisationId(), reference, entity.id);
        }
        entity.reference = reference;
        LinkSet links = apply(organisation, entity, request);
        // updatedAt always changes, so the row and its version change even when only link tables do.
        entity.updatedAt = now();
        repository.flush();
        writeLinks(entity, links);
        R after = toResponse(entity);
        shared.revisions.record(entity.organisationId, entryType.code(), entity.id.toString(), Action.UPDATE, entity.version,
                entity.updatedAt, before, after);
        return new Versioned<>(after, entity.version);
    }

    private void writeLinks(E entity, LinkSet links) {
        links.targets().forEach((link, targets) -> shared.links.replace(link, entity.organisationId, entity.id, targets));
    }

    private void refuseWhileLinked(E entity) {
        Map<LinkDeclaration, List<String>> users = shared.links.usersOf(shared.registers.linksTo(entryType), entity.organisationId, entity.id);
        if (users.isEmpty()) {
            return;
        }
        String named = users.entrySet().stream().map(e -> {
            List<String> refs = e.getValue();
            List<String> shown = refs.subList(0, Math.min(20, refs.size()));
            return (refs.size() == 1 ? e.getKey().owner().noun() : e.getKey().owner().plural()) + " " + String.join(", ", shown)
                    + (refs.size() > shown.size() ? " and " + (refs.size() - shown.size()) + " more" : "");
        }).collect(Collectors.joining("; "));
        throw ApiException.conflict("The " + entryType.noun() + " '" + entity.reference + "' is still linked from " + named
                + ". Remove those links first.");
    }

    private void checkReferenceFree(String organisationId, String reference, UUID self) {
        repository.findByReference(organisationId, reference).ifPresent(other -> {
            if (!other.id.equals(self)) {
                throw ApiException.conflict("A " + entryType.noun() + " with reference '" + reference + "' already exists in organisation '"
                        + organisationId + "'.");
            }
        });
    }

    /** The time a write is stamped with: microseconds, as PostgreSQL stores it, so a read returns what was written. */
    protected Instant now() {
        return Instant.now(shared.clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Today, for what depends on the date (retention summaries, legal holds in force). */
    protected LocalDate today() {
        return LocalDate.now(shared.clock);
    }
}
