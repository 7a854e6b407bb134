package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
import org.openropa.register.Snapshots;
import java.util.Map;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

@ApplicationScoped
public class RetentionRuleRepository extends RegisterRepository<RetentionRule> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "recordSeries", "lower(e.recordSeries)",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    @Override
    protected String entityName() {
        return "RetentionRule";
    }

    /** The list's filters as a query. */
    public Where where(String organisationId, RetentionRuleSearch s) {
        return new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(RetentionRuleStatus.class, "status", s.status()))
                .and("e.triggerEvent = ?", QueryParams.enumValue(RetentionTrigger.class, "triggerEvent", s.triggerEvent()))
                .and("e.disposalAction = ?", QueryParams.enumValue(DisposalAction.class, "disposalAction", s.disposalAction()))
                .search(s.q(), "e.reference", "e.recordSeries", "coalesce(e.description, '')", "coalesce(e.function, '')",
                        "coalesce(e.rationaleCitation, '')");
    }

    /** The same filters over entries as history holds them, for the list as it stood at an instant. */
    public Snapshots.Filter snapshotFilter(RetentionRuleSearch s) {
        return Snapshots.filter()
                .eq("status", QueryParams.enumValue(RetentionRuleStatus.class, "status", s.status()))
                .eq("triggerEvent", QueryParams.enumValue(RetentionTrigger.class, "triggerEvent", s.triggerEvent()))
                .eq("disposalAction", QueryParams.enumValue(DisposalAction.class, "disposalAction", s.disposalAction()))
                .search(QueryParams.text("q", s.q(), QueryParams.MAX_TEXT), "reference", "recordSeries", "description", "function", "rationaleCitation");
    }

    public java.util.Set<String> sortFields() {
        return SORTS.keySet();
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
