package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.common.paging.PageRequest;
import org.openropa.register.LinkSet;
import org.openropa.register.RegisterOwner;
import org.openropa.register.RegisterService;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class RetentionRuleService extends RegisterService<RetentionRule, RetentionRuleRequest, RetentionRuleResponse> {

    private final RetentionRuleRepository entries;

    public RetentionRuleService(RegisterService.Shared shared,
                                RetentionRuleRepository repository) {
        super(shared, repository, RetentionRule.TYPE, RetentionRule::new, RetentionRuleRequest.class);
        this.entries = repository;
    }

    /** A page of the entries matching the filters. */
    public Listing<RetentionRuleResponse> list(String organisationId, RetentionRuleSearch search, PageRequest page) {
        return list(organisationId, entries.where(organisationId, search), entries.orderBy(search.sort()), page);
    }

    /** A page of the entries as they stood at the instant, filtered as they were then. */
    public Listing<com.fasterxml.jackson.databind.JsonNode> listAsAt(String organisationId, RetentionRuleSearch search, java.time.Instant asAt,
                                                                      PageRequest page) {
        return listAsAt(organisationId, asAt, entries.snapshotFilter(search), search.sort(), entries.sortFields(), page);
    }

    @Override
    protected LinkSet apply(RegisterOwner organisation, RetentionRule rule, RetentionRuleRequest r) {
        if (r.triggerEvent() == RetentionTrigger.EVENT_SPECIFIC && (r.triggerDescription() == null || r.triggerDescription().isBlank())) {
            throw ApiException.invalid("#/triggerDescription", "must describe the event when triggerEvent is EVENT_SPECIFIC");
        }
        if (r.legalHolds() != null) {
            for (int i = 0; i < r.legalHolds().size(); i++) {
                LegalHold hold = r.legalHolds().get(i);
                if (hold.endDate() != null && hold.endDate().isBefore(hold.startDate())) {
                    throw ApiException.invalid("#/legalHolds/" + i + "/endDate", "must not be before startDate");
                }
            }
        }
        rule.recordSeries = r.recordSeries().trim();
        rule.description = r.description();
        rule.function = r.function();
        rule.triggerEvent = r.triggerEvent();
        rule.triggerDescription = r.triggerDescription();
        rule.period = r.period();
        rule.disposalAction = r.disposalAction();
        rule.rationaleType = r.rationaleType();
        rule.rationaleCitation = r.rationaleCitation();
        rule.legalHolds = r.legalHolds() == null ? List.of() : List.copyOf(r.legalHolds());
        rule.status = r.status() == null ? RetentionRuleStatus.ACTIVE : r.status();
        rule.lastReviewedDate = r.lastReviewedDate();
        rule.nextReviewDate = r.nextReviewDate();
        return LinkSet.none();
    }

    @Override
    public RetentionRuleResponse toResponse(RetentionRule rule) {
        LocalDate today = today();
        return new RetentionRuleResponse(rule.id, rule.reference, rule.recordSeries, rule.description, rule.function,
                rule.triggerEvent, rule.triggerDescription, rule.period, rule.disposalAction, rule.rationaleType,
                rule.rationaleCitation, rule.legalHolds == null ? List.of() : rule.legalHolds, rule.status,
                rule.lastReviewedDate, rule.nextReviewDate, RetentionSummary.of(rule, today),
                !RetentionSummary.activeHolds(rule, today).isEmpty(), rule.createdAt, rule.updatedAt);
    }
}
