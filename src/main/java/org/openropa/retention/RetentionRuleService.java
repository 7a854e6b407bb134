package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.problem.ApiException;
import org.openropa.register.LinkUsage;
import org.openropa.register.RegisterService;
import org.openropa.organisation.Organisation;
import org.openropa.reference.RetentionTrigger;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class RetentionRuleService extends RegisterService<RetentionRule, RetentionRuleRequest, RetentionRuleResponse> {

    private final LinkUsage linkUsage;

    public RetentionRuleService(RegisterService.Shared shared,
                                RetentionRuleRepository repository, LinkUsage linkUsage) {
        super(shared, repository, "RETENTION_RULE", "retention rule", RetentionRule::new, RetentionRuleRequest.class);
        this.linkUsage = linkUsage;
    }

    @Override
    protected void apply(Organisation organisation, RetentionRule rule, RetentionRuleRequest r) {
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
    }

    @Override
    public RetentionRuleResponse toResponse(RetentionRule rule) {
        LocalDate today = LocalDate.now();
        return new RetentionRuleResponse(rule.id, rule.reference, rule.recordSeries, rule.description, rule.function,
                rule.triggerEvent, rule.triggerDescription, rule.period, rule.disposalAction, rule.rationaleType,
                rule.rationaleCitation, rule.legalHolds == null ? List.of() : rule.legalHolds, rule.status,
                rule.lastReviewedDate, rule.nextReviewDate, RetentionSummary.of(rule, today),
                !RetentionSummary.activeHolds(rule, today).isEmpty(), rule.createdAt, rule.updatedAt);
    }

    @Override
    protected RetentionRuleRequest toRequest(RetentionRuleResponse response) {
        return response.asRequest();
    }

    @Override
    protected void checkDeletable(RetentionRule rule) {
        linkUsage.refuseIfLinked(rule.organisationId, "retention rule", rule.reference, LinkUsage.Target.RETENTION_RULE, rule.id);
    }
}
