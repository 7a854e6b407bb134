package org.openropa.asset;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.paging.Paging;
import org.openropa.common.query.QueryParams;
import org.openropa.register.RegisterResource;
import org.openropa.common.query.Where;

import org.openropa.reference.HandlingMarking;
import org.openropa.reference.SecurityClassification;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.security.SecurityMeasureRepository;

import java.util.Map;

@Path("/v1/organisations/{organisationId}/information-assets")
@Tag(name = "Information assets", description = "The Information Asset Register: systems and record sets, who owns them, where they are held, how they are protected and kept")
@Produces(MediaType.APPLICATION_JSON)
public class InformationAssetResource extends RegisterResource<InformationAsset, InformationAssetRequest, InformationAssetResponse> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "assetType", "e.assetType",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;

    public InformationAssetResource(InformationAssetService service, Paging paging,
                                    ObjectMapper mapper, RetentionRuleRepository rules, SecurityMeasureRepository measures) {
        super(service, "information-assets", mapper, paging);
        this.rules = rules;
        this.measures = measures;
    }

    @GET
    @Operation(operationId = "listInformationAssets", summary = "List the Information Asset Register")
    @APIResponse(responseCode = "200", description = "A page of information assets",
            content = @Content(schema = @Schema(implementation = InformationAssetPage.class)))
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "PLANNED, ACTIVE or RETIRED") @QueryParam("status") String status,
                         @Parameter(description = "Only assets of this type") @QueryParam("assetType") String assetType,
                         @Parameter(description = "Only assets hosted in this country (ISO 3166-1 alpha-2)") @QueryParam("hostingCountry") String hostingCountry,
                         @Parameter(description = "OFFICIAL, SECRET or TOP_SECRET") @QueryParam("securityClassification") String securityClassification,
                         @Parameter(description = "NONE or OFFICIAL_SENSITIVE") @QueryParam("handlingMarking") String handlingMarking,
                         @Parameter(description = "CRITICAL, HIGH, MEDIUM or LOW") @QueryParam("businessCriticality") String businessCriticality,
                         @Parameter(description = "Only assets of this business function (its reference)") @QueryParam("businessFunction") String businessFunction,
                         @Parameter(description = "true: only assets holding personal data") @QueryParam("containsPersonalData") String containsPersonalData,
                         @Parameter(description = "true: only assets holding special category data") @QueryParam("containsSpecialCategoryData") String containsSpecialCategoryData,
                         @Parameter(description = "Only assets following this retention rule (id or reference)") @QueryParam("retentionRule") String retentionRule,
                         @Parameter(description = "Only assets protected by this security measure (id or reference)") @QueryParam("securityMeasure") String securityMeasure,
                         @Parameter(description = "Only assets due for review before this date (YYYY-MM-DD)") @QueryParam("reviewDueBefore") String reviewDueBefore,
                         @Parameter(description = "Text in the reference, name, description or location") @QueryParam("q") String q,
                         @Parameter(description = "Sort fields, '-' for descending: reference, name, assetType, createdAt, updatedAt, nextReviewDate")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(AssetStatus.class, "status", status))
                .and("e.assetType = ?", QueryParams.enumValue(AssetType.class, "assetType", assetType))
                .and("e.hostingCountry = ?", hostingCountry == null ? null : hostingCountry.trim().toUpperCase(java.util.Locale.ROOT))
                .and("e.securityClassification = ?", QueryParams.enumValue(SecurityClassification.class, "securityClassification", securityClassification))
                .and("e.handlingMarking = ?", QueryParams.enumValue(HandlingMarking.class, "handlingMarking", handlingMarking))
                .and("e.businessCriticality = ?", QueryParams.enumValue(BusinessCriticality.class, "businessCriticality", businessCriticality))
                .and("e.businessFunction = ?", businessFunction)
                .and("e.containsPersonalData = ?", QueryParams.bool("containsPersonalData", containsPersonalData))
                .and("e.containsSpecialCategoryData = ?", QueryParams.bool("containsSpecialCategoryData", containsSpecialCategoryData))
                .and("e.nextReviewDate < ?", QueryParams.date("reviewDueBefore", reviewDueBefore))
                .and("e.retentionRuleId = ?", rules.filterId(organisationId, retentionRule))
                .and("e.id in (select l.informationAssetId from InformationAssetMeasureLink l where l.securityMeasureId = ?)",
                        measures.filterId(organisationId, securityMeasure))
                .search(q, "e.reference", "e.name", "coalesce(e.description, '')", "coalesce(e.location, '')");
        return listPage(organisationId, where, sort, SORTS, uriInfo);
    }
}
