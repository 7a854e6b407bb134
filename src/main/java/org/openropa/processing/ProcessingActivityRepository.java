package org.openropa.processing;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;
import org.openropa.reference.LawfulBasis;
import org.openropa.register.RegisterRepository;
import org.openropa.register.Snapshots;

import java.util.Map;

@ApplicationScoped
public class ProcessingActivityRepository extends RegisterRepository<ProcessingActivity> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "status", "e.status",
            "recordType", "e.recordType", "businessFunction", "e.businessFunction",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    @Override
    protected String entityName() {
        return "ProcessingActivity";
    }

    /** The list's filters as a query; a filter naming a linked entry follows the link's declaration. */
    public Where where(String organisationId, ProcessingActivitySearch s) {
        LawfulBasis basis = QueryParams.enumValue(LawfulBasis.class, "lawfulBasis", s.lawfulBasis());
        return new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(ActivityStatus.class, "status", s.status()))
                .and("e.recordType = ?", QueryParams.enumValue(RecordType.class, "recordType", s.recordType()))
                .and("e.businessFunction = ?", QueryParams.text("businessFunction", s.businessFunction(), QueryParams.MAX_KEY))
                .and("array_contains(e.lawfulBases, ?)", basis == null ? null : basis.name())
                .and("e.specialCategory = ?", QueryParams.bool("specialCategory", s.specialCategory()))
                .and("array_contains(e.transferCountries, ?)", QueryParams.country("transferCountry", s.transferCountry()))
                .idIn(linkedTo(ProcessingActivityService.INFORMATION_ASSETS, "informationAsset", organisationId, s.informationAsset()))
                .idIn(linkedTo(ProcessingActivityService.RETENTION_RULES, "retentionRule", organisationId, s.retentionRule()))
                .idIn(linkedTo(ProcessingActivityService.SECURITY_MEASURES, "securityMeasure", organisationId, s.securityMeasure()))
                .and("e.nextReviewDate < ?", QueryParams.date("reviewDueBefore", s.reviewDueBefore()))
                .and("e.updatedAt >= ?", QueryParams.timestamp("updatedSince", s.updatedSince()))
                .search(s.q(), "e.searchText");
    }

    /** The same filters over activities as history holds them, for the list as it stood at an instant. */
    public Snapshots.Filter snapshotFilter(ProcessingActivitySearch s) {
        LawfulBasis basis = QueryParams.enumValue(LawfulBasis.class, "lawfulBasis", s.lawfulBasis());
        return Snapshots.filter()
                .eq("status", QueryParams.enumValue(ActivityStatus.class, "status", s.status()))
                .eq("recordType", QueryParams.enumValue(RecordType.class, "recordType", s.recordType()))
                .eq("businessFunction", QueryParams.text("businessFunction", s.businessFunction(), QueryParams.MAX_KEY))
                .anyEq("purposes", "lawfulBasis", basis)
                .bool(QueryParams.bool("specialCategory", s.specialCategory()), e -> e.path("specialCategoryConditions").size() > 0
                        || Snapshots.stream(e.path("personalDataCategories")).anyMatch(c -> c.hasNonNull("specialCategory")))
                .anyEq("transfers", "country", QueryParams.country("transferCountry", s.transferCountry()))
                .links("informationAssets", null, QueryParams.text("informationAsset", s.informationAsset(), QueryParams.MAX_KEY))
                .links("retentionRules", "retentionRule", QueryParams.text("retentionRule", s.retentionRule(), QueryParams.MAX_KEY))
                .links("securityMeasures", null, QueryParams.text("securityMeasure", s.securityMeasure(), QueryParams.MAX_KEY))
                .dateBefore("nextReviewDate", QueryParams.date("reviewDueBefore", s.reviewDueBefore()))
                .instantFrom("updatedAt", QueryParams.timestamp("updatedSince", s.updatedSince()))
                .search(QueryParams.text("q", s.q(), QueryParams.MAX_TEXT), "name", "description", "purposes.description");
    }

    public java.util.Set<String> sortFields() {
        return SORTS.keySet();
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
