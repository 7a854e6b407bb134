package org.openropa.findings;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.access.Callers;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.problem.ApiException;
import org.openropa.register.LinkSet;
import org.openropa.register.RegisterOwner;
import org.openropa.register.RegisterService;

/**
 * Acceptances of findings as known risks: register entries like any other (history, revisions). Only an open finding
 * can be accepted; its text is kept, so the acceptance lapses when the entry changes in a way that matters to the rule.
 */
@ApplicationScoped
public class FindingAcceptanceService extends RegisterService<FindingAcceptance, FindingAcceptanceRequest, FindingAcceptanceResponse> {

    private final FindingAcceptanceRepository entries;
    private final FindingsService findings;
    private final Callers callers;

    public FindingAcceptanceService(RegisterService.Shared shared, FindingAcceptanceRepository repository, FindingsService findings, Callers callers) {
        super(shared, repository, FindingAcceptance.TYPE, FindingAcceptance::new, FindingAcceptanceRequest.class);
        this.entries = repository;
        this.findings = findings;
        this.callers = callers;
    }

    public Listing<FindingAcceptanceResponse> list(String organisationId, PageRequest page) {
        return list(organisationId, new org.openropa.common.query.Where(organisationId), "e.reference asc, e.id asc", page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, FindingAcceptance a, FindingAcceptanceRequest r) {
        if (Rules.ALL.stream().noneMatch(rule -> rule.id().equals(r.ruleId()))) {
            throw ApiException.invalid("#/ruleId", "'" + r.ruleId() + "' is not a rule id in /v1/reference/rules");
        }
        Finding open = findings.evaluate(organisation.organisationId(), null).stream()
                .filter(f -> f.ruleId().equals(r.ruleId()) && f.entryType().equals(r.entryType())
                        && (f.reference().equals(r.entryReference()) || f.entryId().equals(r.entryReference())))
                .findFirst().orElseThrow(() -> ApiException.invalid("#/entryReference", "has no open finding of rule " + r.ruleId() + " to accept"));
        if (r.expiresDate().isBefore(today())) {
            throw ApiException.invalid("#/expiresDate", "must not be in the past");
        }
        a.ruleId = r.ruleId();
        a.entryType = r.entryType();
        a.entryId = open.entryId();
        a.entryReference = open.reference();
        a.findingMessage = open.message();
        a.reason = r.reason().trim();
        a.acceptedBy = callers.current().actor();
        a.expiresDate = r.expiresDate();
        return LinkSet.none();
    }

    @Override
    public FindingAcceptanceResponse toResponse(FindingAcceptance a) {
        return FindingAcceptanceResponse.of(a);
    }
}
