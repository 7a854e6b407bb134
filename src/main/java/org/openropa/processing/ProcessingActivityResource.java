package org.openropa.processing;

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

import org.openropa.asset.InformationAssetRepository;
import org.openropa.reference.LawfulBasis;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.security.SecurityMeasureRepository;

import java.util.Map;

@Path("/v1/organisations/{organisationId}/processing-activities")
@Tag(name = "Processing activities", description = "The Record of Processing Activities (UK GDPR Article 30): one entry per activity, as controller or processor")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessingActivityResource extends RegisterResource<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityResponse> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "status", "e.status", "recordType", "e.recordType",
            "businessFunction", "e.businessFunction",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    private final RetentionRuleRepository rules;
    private final SecurityMeasureRepository measures;
    private final InformationAssetRepository assets;

    public ProcessingActivityResource(ProcessingActivityService service, Paging paging,
                                    ObjectMapper mapper, RetentionRuleRepository rules, SecurityMeasureRepository measures,
                                    InformationAssetRepository assets) {
        super(service, "processing-activities", mapper, paging);
        this.assets = assets;
        this.rules = rules;
        this.measures = measures;
    }

    @GET
    @Operation(operationId = "listProcessingActivities", summary = "List the Record of Processing Activities")
    @APIResponse(responseCode = "200", description = "A page of processing activities",
            content = @Content(schema = @Schema(implementation = ProcessingActivityPage.class)))
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "DRAFT, ACTIVE or RETIRED") @QueryParam("status") String status,
                         @Parameter(description = "CONTROLLER or PROCESSOR") @QueryParam("recordType") String recordType,
                         @Parameter(description = "Only activities of this business function (its reference)") @QueryParam("businessFunction") String businessFunction,
                         @Parameter(description = "Only activities with a purpose on this Article 6 lawful basis") @QueryParam("lawfulBasis") String lawfulBasis,
                         @Parameter(description = "true: only activities processing special category data; false: only those that do not") @QueryParam("specialCategory") String specialCategory,
                         @Parameter(description = "Only activities transferring data to this country (code from /v1/reference/countries)") @QueryParam("transferCountry") String transferCountry,
                         @Parameter(description = "Only activities using this information asset (id or reference)") @QueryParam("informationAsset") String informationAsset,
                         @Parameter(description = "Only activities following this retention rule (id or reference)") @QueryParam("retentionRule") String retentionRule,
                         @Parameter(description = "Only activities linked to this security measure (id or reference)") @QueryParam("securityMeasure") String securityMeasure,
                         @Parameter(description = "Only activities due for review before this date (YYYY-MM-DD)") @QueryParam("reviewDueBefore") String reviewDueBefore,
                         @Parameter(description = "Only activities changed at or after this time (ISO 8601, e.g. 2026-11-22T10:15:30Z, or a date)") @QueryParam("updatedSince") String updatedSince,
                         @Parameter(description = "Text in the name, description or purposes") @QueryParam("q") String q,
                         @Parameter(description = "Sort fields, '-' for descending: reference, name, status, recordType, businessFunction, createdAt, updatedAt, nextReviewDate")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(ActivityStatus.class, "status", status))
                .and("e.recordType = ?", QueryParams.enumValue(RecordType.class, "recordType", recordType))
                .and("e.businessFunction = ?", businessFunction)
                .and("array_contains(e.lawfulBases, ?)", enumName(QueryParams.enumValue(LawfulBasis.class, "lawfulBasis", lawfulBasis)))
                .and("e.specialCategory = ?", QueryParams.bool("specialCategory", specialCategory))
                .and("array_contains(e.transferCountries, ?)", transferCountry == null ? null : transferCountry.trim().toUpperCase(java.util.Locale.ROOT))
                .and("e.id in (select l.processingActivityId from ActivityAssetLink l where l.informationAssetId = ?)",
                        assets.filterId(organisationId, informationAsset))
                .and("e.id in (select l.processingActivityId from ActivityRuleLink l where l.retentionRuleId = ?)",
                        rules.filterId(organisationId, retentionRule))
                .and("e.id in (select l.processingActivityId from ActivityMeasureLink l where l.securityMeasureId = ?)",
                        measures.filterId(organisationId, securityMeasure))
                .and("e.nextReviewDate < ?", QueryParams.date("reviewDueBefore", reviewDueBefore))
                .and("e.updatedAt >= ?", QueryParams.timestamp("updatedSince", updatedSince))
                .search(q, "e.searchText");
        return listPage(organisationId, where, sort, SORTS, uriInfo);
    }

    private static String enumName(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
