package org.openropa.asset;

import jakarta.enterprise.context.ApplicationScoped;
import org.openropa.register.RegisterRepository;
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

    public String orderBy(String sort) {
        return Sorting.orderBy(sort, SORTS, "reference", "e.id");
    }
}
