package org.openropa.asset;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
import org.openropa.register.Snapshots;
import java.util.Map;
import org.openropa.common.query.QueryParams;
import org.openropa.common.query.Sorting;
import org.openropa.common.query.Where;
import org.openropa.reference.HandlingMarking;
import org.openropa.reference.SecurityClassification;

@ApplicationScoped
public class InformationAssetRepository extends RegisterRepository<InformationAsset> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "assetType", "e.assetType",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    /** Each of the organisation's assets as [id, reference, name, location]: where a record says its data is kept. */
    public java.util.List<Object[]> locations(String organisationId) {
        return getEntityManager().createQuery("select e.id, e.reference, e.name, e.location from InformationAsset e where e.organisationId = ?1",
                Object[].class).setParameter(1, organisationId).getResultList();
    }

    @Override
    protected String entityName() {
        return "InformationAsset";
    }

    /** The list's filters as a query. */
    public Where where(String organisationId, InformationAssetSearch s) {
        return new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(AssetStatus.class, "status", s.status()))
                .and("e.assetType = ?", QueryParams.enumValue(AssetType.class, "assetType", s.assetType()))
                .and("e.hostingCountry = ?", QueryParams.country("hostingCountry", s.hostingCountry()))
                .and("e.securityClassification = ?", QueryParams.enumValue(SecurityClassification.class, "securityClassification", s.securityClassification()))
                .and("e.handlingMarking = ?", QueryParams.enumValue(HandlingMarking.class, "handlingMarking", s.handlingMarking()))
                .and("e.businessCriticality = ?", QueryParams.enumValue(BusinessCriticality.class, "businessCriticality", s.businessCriticality()))
                .and("e.businessFunction = ?", QueryParams.text("businessFunction", s.businessFunction(), QueryParams.MAX_KEY))
                .and("e.containsPersonalData = ?", QueryParams.bool("containsPersonalData", s.containsPersonalData()))
                .and("e.containsSpecialCategoryData = ?", QueryParams.bool("containsSpecialCategoryData", s.containsSpecialCategoryData()))
                .and("e.nextReviewDate < ?", QueryParams.date("reviewDueBefore", s.reviewDueBefore()))
                .idIn(linkedTo(InformationAssetService.RETENTION_RULE, "retentionRule", organisationId, s.retentionRule()))
                .idIn(linkedTo(InformationAssetService.SECURITY_MEASURES, "securityMeasure", organisationId, s.securityMeasure()))
                .search(s.q(), "e.reference", "e.name", "coalesce(e.description, '')", "coalesce(e.location, '')");
    }

    /** The same filters over assets as history holds them, for the list as it stood at an instant. */
    public Snapshots.Filter snapshotFilter(InformationAssetSearch s) {
        return Snapshots.filter()
                .eq("status", QueryParams.enumValue(AssetStatus.class, "status", s.status()))
                .eq("assetType", QueryParams.enumValue(AssetType.class, "assetType", s.assetType()))
                .eq("hostingCountry", QueryParams.country("hostingCountry", s.hostingCountry()))
                .eq("securityClassification", QueryParams.enumValue(SecurityClassification.class, "securityClassification", s.securityClassification()))
                .eq("handlingMarking", QueryParams.enumValue(HandlingMarking.class, "handlingMarking", s.handlingMarking()))
                .eq("businessCriticality", QueryParams.enumValue(BusinessCriticality.class, "businessCriticality", s.businessCriticality()))
                .eq("businessFunction", QueryParams.text("businessFunction", s.businessFunction(), QueryParams.MAX_KEY))
                .bool(QueryParams.bool("containsPersonalData", s.containsPersonalData()), e -> e.path("containsPersonalData").asBoolean())
                .bool(QueryParams.bool("containsSpecialCategoryData", s.containsSpecialCategoryData()), e -> e.path("containsSpecialCategoryData").asBoolean())
                .dateBefore("nextReviewDate", QueryParams.date("reviewDueBefore", s.reviewDueBefore()))
                .link("retentionRule", QueryParams.text("retentionRule", s.retentionRule(), QueryParams.MAX_KEY))
                .links("securityMeasures", null, QueryParams.text("securityMeasure", s.securityMeasure(), QueryParams.MAX_KEY))
                .search(QueryParams.text("q", s.q(), QueryParams.MAX_TEXT), "reference", "name", "description", "location");
    }

    public java.util.Set<String> sortFields() {
        return SORTS.keySet();
    }

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
