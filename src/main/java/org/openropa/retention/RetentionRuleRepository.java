package org.openropa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
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

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
