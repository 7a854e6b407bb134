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

    /**
     * The activities the selection takes, in the record's order (business function, then name), each with its retention
     * rule, security measure and information asset links as JSON columns: one statement, read through a cursor so that
     * the register is never held whole. Rows are [activity, rules, measures, assets]; call within a transaction, and
     * close the stream.
     */
    public java.util.stream.Stream<Object[]> streamInRecordOrder(String organisationId, ActivitySelection selection) {
        var links = links();
        StringBuilder sql = new StringBuilder("select {a.*}, ")
                .append(links.linksAsJson(ProcessingActivityService.RETENTION_RULES, "a")).append(" as rules, ")
                .append(links.linksAsJson(ProcessingActivityService.SECURITY_MEASURES, "a")).append(" as measures, ")
                .append(links.linksAsJson(ProcessingActivityService.INFORMATION_ASSETS, "a")).append(" as assets ")
                .append("from processing_activity a where a.organisation_id = :organisation");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("organisation", organisationId));
        if (selection.status() != null) {
            sql.append(" and a.status = :status");
            parameters.put("status", selection.status().name());
        }
        if (selection.recordType() != null) {
            sql.append(" and a.record_type = :recordType");
            parameters.put("recordType", selection.recordType().name());
        }
        if (selection.businessFunction() != null) {
            sql.append(" and a.business_function = :businessFunction");
            parameters.put("businessFunction", selection.businessFunction());
        }
        if (!selection.references().isEmpty()) {
            sql.append(" and a.reference in (:references)");
            parameters.put("references", selection.references());
        }
        sql.append(" order by coalesce(a.business_function, '~') collate \"C\", lower(a.name) collate \"C\", a.id");
        @SuppressWarnings("unchecked")
        org.hibernate.query.NativeQuery<Object[]> query = getEntityManager().createNativeQuery(sql.toString())
                .unwrap(org.hibernate.query.NativeQuery.class);
        query.addEntity("a", ProcessingActivity.class)
                .addScalar("rules", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("measures", org.hibernate.type.StandardBasicTypes.STRING)
                .addScalar("assets", org.hibernate.type.StandardBasicTypes.STRING);
        parameters.forEach(query::setParameter);
        return query.setFetchSize(200).setReadOnly(true).getResultStream();
    }

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
