package org.openropa.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.MergePatch;
import org.openropa.common.PageRequest;
import org.openropa.common.Paging;
import org.openropa.common.QueryParams;
import org.openropa.common.Responses;
import org.openropa.common.Sorting;
import org.openropa.common.Versioned;
import org.openropa.common.Where;
import org.openropa.reference.DisposalAction;
import org.openropa.reference.RetentionTrigger;

import java.util.Map;

@Path("/v1/organisations/{organisationId}/retention-rules")
@Tag(name = "Retention schedule", description = "Retention rules: how long each record series is kept, from what event, and what happens then")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRuleResource {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "recordSeries", "lower(e.recordSeries)",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    private final RetentionRuleService service;
    private final RetentionRuleRepository repository;
    private final Paging paging;
    private final ObjectMapper mapper;

    public RetentionRuleResource(RetentionRuleService service, RetentionRuleRepository repository, Paging paging, ObjectMapper mapper) {
        this.service = service;
        this.repository = repository;
        this.paging = paging;
        this.mapper = mapper;
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
        PageRequest page = paging.request(uriInfo);
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(RetentionRuleStatus.class, "status", status))
                .and("e.triggerEvent = ?", QueryParams.enumValue(RetentionTrigger.class, "triggerEvent", triggerEvent))
                .and("e.disposalAction = ?", QueryParams.enumValue(DisposalAction.class, "disposalAction", disposalAction))
                .search(q, "e.reference", "e.recordSeries", "coalesce(e.description, '')", "coalesce(e.function, '')",
                        "coalesce(e.rationaleCitation, '')");
        String order = Sorting.orderBy(sort, SORTS, "reference", "e.id");
        service.organisations().require(organisationId);
        var rows = repository.page(where.clause(), where.params(), order, page.offset(), page.pageSize());
        return paging.respond(page, rows, repository.count(where.clause(), where.params()), service::toResponse, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRetentionRule", summary = "Add a retention rule")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    public Response create(@PathParam("organisationId") String organisationId,
                           @NotNull(message = "a JSON request body is required") @Valid RetentionRuleRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<RetentionRuleResponse> v = service.create(organisationId, request);
        return Responses.created(uriInfo, path(organisationId) + "/" + v.body().id(), v);
    }

    @GET
    @Path("/{ruleId}")
    @Operation(operationId = "getRetentionRule", summary = "Read a retention rule by id or reference")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    public Response get(@PathParam("organisationId") String organisationId,
                        @Parameter(description = "The rule's id or reference") @PathParam("ruleId") String ruleId,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.read(service.get(organisationId, ruleId), ifNoneMatch);
    }

    @PUT
    @Path("/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRetentionRule", summary = "Replace a retention rule")
    @APIResponse(responseCode = "200", description = "The rule as replaced", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    public Response replace(@PathParam("organisationId") String organisationId,
                            @Parameter(description = "The rule's id or reference") @PathParam("ruleId") String ruleId,
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a JSON request body is required") @Valid RetentionRuleRequest request) {
        return Responses.ok(service.replace(organisationId, ruleId, request, ifMatch));
    }

    @PATCH
    @Path("/{ruleId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchRetentionRule", summary = "Change some fields of a retention rule (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = RetentionRuleRequest.class)))
    @APIResponse(responseCode = "200", description = "The rule as changed", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    public Response patch(@PathParam("organisationId") String organisationId,
                          @Parameter(description = "The rule's id or reference") @PathParam("ruleId") String ruleId,
                          @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.ok(service.patch(organisationId, ruleId, MergePatch.parse(mapper, body), ifMatch));
    }

    @DELETE
    @Path("/{ruleId}")
    @Operation(operationId = "deleteRetentionRule", summary = "Delete a retention rule nothing links to")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("organisationId") String organisationId,
                           @Parameter(description = "The rule's id or reference") @PathParam("ruleId") String ruleId,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(organisationId, ruleId, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/by-reference/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRetentionRuleByReference", summary = "Create or replace the retention rule with this reference (idempotent)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RetentionRuleResponse.class)))
    public Response upsert(@PathParam("organisationId") String organisationId, @PathParam("reference") String reference,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @NotNull(message = "a JSON request body is required") @Valid RetentionRuleRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<RetentionRuleResponse> v = service.upsert(organisationId, reference, request, ifMatch, ifNoneMatch);
        return Responses.upserted(uriInfo, path(organisationId), v.body().id().toString(), v);
    }

    private static String path(String organisationId) {
        return "/v1/organisations/" + organisationId + "/retention-rules";
    }
}
