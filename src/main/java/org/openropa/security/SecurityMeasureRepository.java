package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
import java.util.Map;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;

@ApplicationScoped
public class SecurityMeasureRepository extends RegisterRepository<SecurityMeasure> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "kind", "e.kind",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    @Override
    protected String entityName() {
        return "SecurityMeasure";
    }

    /** The list's filters as a query. */
    public Where where(String organisationId, SecurityMeasureSearch s) {
        Article32Point point = QueryParams.enumValue(Article32Point.class, "article32Point", s.article32Point());
        return new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(MeasureStatus.class, "status", s.status()))
                .and("e.kind = ?", QueryParams.enumValue(MeasureKind.class, "kind", s.kind()))
                .and("e.visibility = ?", QueryParams.enumValue(Visibility.class, "visibility", s.visibility()))
                .and("function('jsonb_exists', e.article32Points, ?) = true", point == null ? null : point.name())
                .search(s.q(), "e.reference", "e.name", "coalesce(e.description, '')");
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
