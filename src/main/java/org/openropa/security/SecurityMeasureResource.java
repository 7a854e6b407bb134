package org.openropa.security;

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

import java.util.Map;

@Path("/v1/organisations/{organisationId}/security-measures")
@Tag(name = "Security measures", description = "The catalogue of technical, organisational and physical measures (Article 32) that assets and activities refer to")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityMeasureResource {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "kind", "e.kind",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");

    private final SecurityMeasureService service;
    private final SecurityMeasureRepository repository;
    private final Paging paging;
    private final ObjectMapper mapper;

    public SecurityMeasureResource(SecurityMeasureService service, SecurityMeasureRepository repository, Paging paging, ObjectMapper mapper) {
        this.service = service;
        this.repository = repository;
        this.paging = paging;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listSecurityMeasures", summary = "List the security measures catalogue")
    @APIResponse(responseCode = "200", description = "A page of security measures",
            content = @Content(schema = @Schema(implementation = SecurityMeasurePage.class)))
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "PLANNED, ACTIVE or RETIRED") @QueryParam("status") String status,
                         @Parameter(description = "TECHNICAL, ORGANISATIONAL or PHYSICAL") @QueryParam("kind") String kind,
                         @Parameter(description = "PUBLIC or INTERNAL") @QueryParam("visibility") String visibility,
                         @Parameter(description = "Only measures serving this Article 32(1) point: A, B, C or D") @QueryParam("article32Point") String article32Point,
                         @Parameter(description = "Text in the reference, name or description") @QueryParam("q") String q,
                         @Parameter(description = "Sort fields, '-' for descending: reference, name, kind, createdAt, updatedAt, nextReviewDate")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        PageRequest page = paging.request(uriInfo);
        Article32Point point = QueryParams.enumValue(Article32Point.class, "article32Point", article32Point);
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(MeasureStatus.class, "status", status))
                .and("e.kind = ?", QueryParams.enumValue(MeasureKind.class, "kind", kind))
                .and("e.visibility = ?", QueryParams.enumValue(Visibility.class, "visibility", visibility))
                .and("function('jsonb_exists', e.article32Points, ?) = true", point == null ? null : point.name())
                .search(q, "e.reference", "e.name", "coalesce(e.description, '')");
        String order = Sorting.orderBy(sort, SORTS, "reference", "e.id");
        service.organisations().require(organisationId);
        var rows = repository.page(where.clause(), where.params(), order, page.offset(), page.pageSize());
        return paging.respond(page, rows, repository.count(where.clause(), where.params()), service::toResponse, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSecurityMeasure", summary = "Add a security measure")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    public Response create(@PathParam("organisationId") String organisationId,
                           @NotNull(message = "a JSON request body is required") @Valid SecurityMeasureRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<SecurityMeasureResponse> v = service.create(organisationId, request);
        return Responses.created(uriInfo, path(organisationId) + "/" + v.body().id(), v);
    }

    @GET
    @Path("/{measureId}")
    @Operation(operationId = "getSecurityMeasure", summary = "Read a security measure by id or reference")
    @APIResponse(responseCode = "200", description = "The measure", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    public Response get(@PathParam("organisationId") String organisationId,
                        @Parameter(description = "The measure's id or reference") @PathParam("measureId") String measureId,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.read(service.get(organisationId, measureId), ifNoneMatch);
    }

    @PUT
    @Path("/{measureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSecurityMeasure", summary = "Replace a security measure")
    @APIResponse(responseCode = "200", description = "The measure as replaced", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    public Response replace(@PathParam("organisationId") String organisationId,
                            @Parameter(description = "The measure's id or reference") @PathParam("measureId") String measureId,
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a JSON request body is required") @Valid SecurityMeasureRequest request) {
        return Responses.ok(service.replace(organisationId, measureId, request, ifMatch));
    }

    @PATCH
    @Path("/{measureId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchSecurityMeasure", summary = "Change some fields of a security measure (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SecurityMeasureRequest.class)))
    @APIResponse(responseCode = "200", description = "The measure as changed", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    public Response patch(@PathParam("organisationId") String organisationId,
                          @Parameter(description = "The measure's id or reference") @PathParam("measureId") String measureId,
                          @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.ok(service.patch(organisationId, measureId, MergePatch.parse(mapper, body), ifMatch));
    }

    @DELETE
    @Path("/{measureId}")
    @Operation(operationId = "deleteSecurityMeasure", summary = "Delete a security measure nothing links to")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("organisationId") String organisationId,
                           @Parameter(description = "The measure's id or reference") @PathParam("measureId") String measureId,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(organisationId, measureId, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/by-reference/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSecurityMeasureByReference", summary = "Create or replace the security measure with this reference (idempotent)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SecurityMeasureResponse.class)))
    public Response upsert(@PathParam("organisationId") String organisationId, @PathParam("reference") String reference,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @NotNull(message = "a JSON request body is required") @Valid SecurityMeasureRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<SecurityMeasureResponse> v = service.upsert(organisationId, reference, request, ifMatch, ifNoneMatch);
        return Responses.upserted(uriInfo, path(organisationId), v.body().id().toString(), v);
    }

    private static String path(String organisationId) {
        return "/v1/organisations/" + organisationId + "/security-measures";
    }
}
