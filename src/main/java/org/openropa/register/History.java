package org.openropa.register;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.problem.ApiException;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Predicate;

/** Reads the history every register and organisation keeps: an entry's revisions, and entries as they stood. */
@ApplicationScoped
public class History {

    private final RevisionRepository revisions;
    private final RegisterOwners owners;

    public History(RevisionRepository revisions, RegisterOwners owners) {
        this.revisions = revisions;
        this.owners = owners;
    }

    @Transactional
    public RegisterService.Listing<Revision> history(String organisationId, String entryType, String noun, String key, PageRequest page) {
        String entryId = entryId(organisationId, entryType, noun, key);
        return new RegisterService.Listing<>(revisions.history(organisationId, entryType, entryId, page.offset(), page.pageSize()),
                revisions.historySize(organisationId, entryType, entryId));
    }

    @Transactional
    public Revision revision(String organisationId, String entryType, String noun, String key, int number) {
        String entryId = entryId(organisationId, entryType, noun, key);
        return revisions.revision(organisationId, entryType, entryId, number).orElseThrow(() ->
                ApiException.notFound("The " + noun + " '" + key + "' has no revision " + number + "."));
    }

    /** The entry as it stood at the instant: 404 if it did not exist then (not yet created, or already deleted). */
    @Transactional
    public JsonNode entryAsAt(String organisationId, String entryType, String noun, String key, Instant asAt) {
        owners.require(organisationId);
        return revisions.entryAsAt(organisationId, entryType, key, asAt).orElseThrow(() ->
                ApiException.notFound("There was no " + noun + " '" + key + "' in organisation '" + organisationId + "' at " + asAt + "."));
    }

    /** A page of the register as it stood at the instant, filtered and ordered as the live list is. */
    @Transactional
    public RegisterService.Listing<JsonNode> listAsAt(String organisationId, String entryType, Instant asAt, Predicate<JsonNode> filter,
                                                      Comparator<JsonNode> order, PageRequest page) {
        owners.require(organisationId);
        return RegisterService.Listing.of(revisions.entriesAsAt(organisationId, entryType, asAt).stream().filter(filter).sorted(order).toList(), page);
    }

    private String entryId(String organisationId, String entryType, String noun, String key) {
        owners.require(organisationId);
        return revisions.entryId(organisationId, entryType, key).orElseThrow(() ->
                ApiException.notFound("There is no " + noun + " '" + key + "' in organisation '" + organisationId + "'."));
    }
}
