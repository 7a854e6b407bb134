package org.openropa.processing;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;
import org.openropa.reference.LawfulBasis;
import org.openropa.register.RegisterRepository;

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

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
