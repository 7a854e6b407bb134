package org.openropa.retention;

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

import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.util.Map;

@Path("/v1/organisations/{organisationId}/retention-rules")
@Tag(name = "Retention schedule", description = "Retention rules: how long each record series is kept, from what event, and what happens then")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRuleResource extends RegisterResource<RetentionRule, RetentionRuleRequest, RetentionRuleResponse> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "recordSeries", "lower(e.recordSeries)",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");


    public RetentionRuleResource(RetentionRuleService service, Paging paging, ObjectMapper mapper) {
        super(service, "retention-rules", mapper, paging);
    }

    @GET
    @Operation(operationId = "listRetentionRules", summary = "List the retention schedule")
    @APIResponse(responseCode = "200", description = "A page of retention rules",
            content = @Content(schema = @Schema(implementation = RetentionRulePage.class)))
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "DRAFT, ACTIVE, SUPERSEDED or RETIRED") @QueryParam("status") String status,
                         @Parameter(description = "Only rules counted from this trigger event") @QueryParam("triggerEvent") String triggerEvent,
                         @Parameter(description = "Only rules with this disposal action") @QueryParam("disposalAction") String disposalAction,
                         @Parameter(description = "Text in the reference, record series, description, function or citation") @QueryParam("q") String q,
                         @Parameter(description = "Sort fields, '-' for descending: reference, recordSeries, createdAt, updatedAt, nextReviewDate")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(RetentionRuleStatus.class, "status", status))
                .and("e.triggerEvent = ?", QueryParams.enumValue(RetentionTrigger.class, "triggerEvent", triggerEvent))
                .and("e.disposalAction = ?", QueryParams.enumValue(DisposalAction.class, "disposalAction", disposalAction))
                .search(q, "e.reference", "e.recordSeries", "coalesce(e.description, '')", "coalesce(e.function, '')",
                        "coalesce(e.rationaleCitation, '')");
        return listPage(organisationId, where, sort, SORTS, uriInfo);
    }
}
