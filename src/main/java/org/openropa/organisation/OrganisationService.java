package org.openropa.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.common.problem.ApiException;
import org.openropa.common.http.ETags;
import org.openropa.common.problem.FieldError;
import org.openropa.register.PatchSupport;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.query.QueryParams;
import org.openropa.access.Callers;
import org.openropa.register.RegisterOwners;
import org.openropa.register.RevisionRepository;
import org.openropa.register.Snapshots;
import org.openropa.register.RegisterService;
import org.openropa.register.Registers;
import org.openropa.register.RevisionRecorder;
import org.openropa.register.RevisionRecorder.Action;
import org.openropa.common.http.Versioned;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Organisations: every write goes through one method here, which records its revision in the same transaction. */
@ApplicationScoped
public class OrganisationService implements RegisterOwners {

    static final String ENTRY_TYPE = "ORGANISATION";
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    private final OrganisationRepository repository;
    private final RevisionRecorder revisions;
    private final PatchSupport patches;
    private final Registers registers;
    private final Clock clock;
    private final Callers callers;
    private final RevisionRepository history;

    public OrganisationService(OrganisationRepository repository, RevisionRecorder revisions, PatchSupport patches,
                               Registers registers, Clock clock, Callers callers, RevisionRepository history) {
        this.repository = repository;
        this.history = history;
        this.patches = patches;
        this.registers = registers;
        this.clock = clock;
        this.callers = callers;
        this.revisions = revisions;
    }

    /** A page of organisations matching the filters, and how many match in all. */
    @Transactional
    public RegisterService.Listing<OrganisationResponse> list(OrganisationSearch search, PageRequest page) {
        var filter = new OrganisationRepository.Filter(QueryParams.enumValue(OrganisationType.class, "type", search.type()),
                QueryParams.text("q", search.q(), QueryParams.MAX_TEXT), search.sort(), callers.current().organisations());
        List<OrganisationResponse> items = repository.list(filter, page.offset(), page.pageSize()).stream().map(OrganisationResponse::of).toList();
        return new RegisterService.Listing<>(items, repository.count(filter));
    }

    /** The organisations the caller covers as they stood at the instant, filtered and ordered as the live list is. */
    @Transactional
    public RegisterService.Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(OrganisationSearch search, Instant asAt, PageRequest page) {
        OrganisationType type = QueryParams.enumValue(OrganisationType.class, "type", search.type());
        var filter = Snapshots.filter().eq("type", type).search(QueryParams.text("q", search.q(), QueryParams.MAX_TEXT), "name", "id");
        java.util.Set<String> visible = callers.current().organisations();
        var matching = history.organisationsAsAt(asAt).stream()
                .filter(o -> visible == null || visible.contains(o.path("id").asText()))
                .filter(filter).sorted(Snapshots.order(search.sort() == null ? "name" : search.sort(), OrganisationRepository.SORT_FIELDS)).toList();
        return RegisterService.Listing.of(matching, page);
    }

    public OrganisationResponse get(String id) {
        return OrganisationResponse.of(require(id));
    }

    /** Loads an organisation or answers 404; other features use it to check the path's organisation. */
    @Override
    public Organisation require(String id) {
        // No organisation has an id outside the slug pattern: answer without asking the database.
        Organisation o = id == null || !SLUG.matcher(id).matches() ? null : repository.findById(id);
        if (o == null) {
            throw ApiException.notFound("There is no organisation '" + id + "'.");
        }
        return o;
    }

    @Transactional
    public Versioned<OrganisationResponse> create(OrganisationRequest request) {
        if (request.id() == null) {
            throw ApiException.invalid("#/id", "must not be null");
        }
        checkRules(request);
        if (repository.findById(request.id()) != null) {
            throw ApiException.conflict("An organisation with id '" + request.id() + "' already exists.");
        }
        Organisation o = new Organisation();
        o.id = request.id();
        o.createdAt = now();
        o.updatedAt = o.createdAt;
        apply(o, request);
        repository.persistAndFlush(o);
        OrganisationResponse after = OrganisationResponse.of(o);
        revisions.record(o.id, ENTRY_TYPE, o.id, Action.CREATE, o.version, o.updatedAt, null, after);
        return new Versioned<>(after, o.version);
    }

    @Transactional
    public Versioned<OrganisationResponse> replace(String id, OrganisationRequest request, String ifMatch) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, o.version);
        return update(o, request, OrganisationResponse.of(o));
    }

    private Versioned<OrganisationResponse> update(Organisation o, OrganisationRequest request, OrganisationResponse before) {
        if (request.id() != null && !request.id().equals(o.id)) {
            throw ApiException.invalid("#/id", "must equal the organisation in the path ('" + o.id + "'); an organisation's id cannot change");
        }
        checkRules(request);
        apply(o, request);
        o.updatedAt = now();
        repository.flush();
        OrganisationResponse after = OrganisationResponse.of(o);
        revisions.record(o.id, ENTRY_TYPE, o.id, Action.UPDATE, o.version, o.updatedAt, before, after);
        return new Versioned<>(after, o.version);
    }

    @Transactional
    public Versioned<OrganisationResponse> patch(String id, JsonNode patch, String ifMatch) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, o.version);
        OrganisationResponse before = OrganisationResponse.of(o);
        // A response is a valid request body (the request ignores the read-only members), so the patch starts from it.
        OrganisationRequest request = patches.merge(before, patch, OrganisationRequest.class);
        return update(o, request, before);
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Organisation o = require(id);
        ETags.requireMatch(ifMatch, o.version);
        String held = repository.holdings(id, registers.entryTypes());
        if (!held.isEmpty()) {
            throw ApiException.conflict("Organisation '" + id + "' still holds " + held + "; delete them first.");
        }
        OrganisationResponse before = OrganisationResponse.of(o);
        repository.delete(o);
        repository.flush();
        revisions.record(id, ENTRY_TYPE, id, Action.DELETE, o.version, now(), before, null);
    }

    /** Write timestamps in microseconds, as PostgreSQL stores them, so a read returns what was written. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static void checkRules(OrganisationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.businessFunctions() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.businessFunctions().size(); i++) {
                BusinessFunction f = request.businessFunctions().get(i);
                if (f != null && f.reference() != null && !seen.add(f.reference())) {
                    errors.add(new FieldError("#/businessFunctions/" + i + "/reference", "duplicates an earlier business function reference"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(Organisation o, OrganisationRequest r) {
        o.name = r.name().trim();
        o.type = r.type();
        o.icoRegistrationNumber = r.icoRegistrationNumber();
        o.publicAuthority = r.publicAuthority() != null ? r.publicAuthority() : r.type().publicAuthorityByDefault();
        o.employeeCount = r.employeeCount();
        o.address = r.address();
        o.email = r.email();
        o.phone = r.phone();
        o.website = r.website();
        o.dataProtectionOfficer = r.dataProtectionOfficer();
        o.representative = r.representative();
        o.complaints = r.complaints();
        o.businessFunctions = r.businessFunctions() == null ? List.of() : List.copyOf(r.businessFunctions());
    }
}
