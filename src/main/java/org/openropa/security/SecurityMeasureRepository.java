package org.openropa.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
import org.openropa.register.Snapshots;
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

    /** The same filters over entries as history holds them, for the list as it stood at an instant. */
    public Snapshots.Filter snapshotFilter(SecurityMeasureSearch s) {
        return Snapshots.filter()
                .eq("status", QueryParams.enumValue(MeasureStatus.class, "status", s.status()))
                .eq("kind", QueryParams.enumValue(MeasureKind.class, "kind", s.kind()))
                .eq("visibility", QueryParams.enumValue(Visibility.class, "visibility", s.visibility()))
                .anyEq("article32Points", null, QueryParams.enumValue(Article32Point.class, "article32Point", s.article32Point()))
                .search(QueryParams.text("q", s.q(), QueryParams.MAX_TEXT), "reference", "name", "description");
    }

    public java.util.Set<String> sortFields() {
        return SORTS.keySet();
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
