package org.openropa.customfield;

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

@Path("/v1/organisations/{organisationId}/custom-fields")
@Tag(name = "Custom fields", description = "Fields an organisation adds to its information assets and processing activities, with the type their values must have")
@Produces(MediaType.APPLICATION_JSON)
public class CustomFieldResource {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "label", "lower(e.label)", "type", "e.type",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");

    private final CustomFieldService service;
    private final CustomFieldRepository repository;
    private final Paging paging;
    private final ObjectMapper mapper;

    public CustomFieldResource(CustomFieldService service, CustomFieldRepository repository, Paging paging, ObjectMapper mapper) {
        this.service = service;
        this.repository = repository;
        this.paging = paging;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listCustomFields", summary = "List the custom fields declared")
    @APIResponse(responseCode = "200", description = "A page of custom fields",
            content = @Content(schema = @Schema(implementation = CustomFieldPage.class)))
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "Only fields for this register: INFORMATION_ASSET or PROCESSING_ACTIVITY") @QueryParam("appliesTo") String appliesTo,
                         @Parameter(description = "TEXT, NUMBER, DATE, BOOLEAN or ENUM") @QueryParam("type") String type,
                         @Parameter(description = "Text in the key, label or description") @QueryParam("q") String q,
                         @Parameter(description = "Sort fields, '-' for descending: reference, label, type, createdAt, updatedAt")
                         @QueryParam("sort") String sort,
                         @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        PageRequest page = paging.request(uriInfo);
        CustomFieldTarget target = QueryParams.enumValue(CustomFieldTarget.class, "appliesTo", appliesTo);
        Where where = new Where(organisationId)
                .and("e.type = ?", QueryParams.enumValue(CustomFieldType.class, "type", type))
                .and("function('jsonb_exists', e.appliesTo, ?) = true", target == null ? null : target.name())
                .search(q, "e.reference", "e.label", "coalesce(e.description, '')");
        String order = Sorting.orderBy(sort, SORTS, "reference", "e.id");
        service.organisations().require(organisationId);
        var rows = repository.page(where.clause(), where.params(), order, page.offset(), page.pageSize());
        return paging.respond(page, rows, repository.count(where.clause(), where.params()), service::toResponse, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCustomField", summary = "Declare a custom field")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    public Response create(@PathParam("organisationId") String organisationId,
                           @NotNull(message = "a JSON request body is required") @Valid CustomFieldRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<CustomFieldResponse> v = service.create(organisationId, request);
        return Responses.created(uriInfo, path(organisationId) + "/" + v.body().id(), v);
    }

    @GET
    @Path("/{fieldKey}")
    @Operation(operationId = "getCustomField", summary = "Read a custom field by id or reference")
    @APIResponse(responseCode = "200", description = "The field", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    public Response get(@PathParam("organisationId") String organisationId,
                        @Parameter(description = "The field's id or key") @PathParam("fieldKey") String fieldKey,
                        @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.read(service.get(organisationId, fieldKey), ifNoneMatch);
    }

    @PUT
    @Path("/{fieldKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCustomField", summary = "Replace a custom field")
    @APIResponse(responseCode = "200", description = "The field as replaced", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    public Response replace(@PathParam("organisationId") String organisationId,
                            @Parameter(description = "The field's id or key") @PathParam("fieldKey") String fieldKey,
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a JSON request body is required") @Valid CustomFieldRequest request) {
        return Responses.ok(service.replace(organisationId, fieldKey, request, ifMatch));
    }

    @PATCH
    @Path("/{fieldKey}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchCustomField", summary = "Change some fields of a custom field (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = CustomFieldRequest.class)))
    @APIResponse(responseCode = "200", description = "The field as changed", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    public Response patch(@PathParam("organisationId") String organisationId,
                          @Parameter(description = "The field's id or key") @PathParam("fieldKey") String fieldKey,
                          @HeaderParam("If-Match") String ifMatch, String body) {
        return Responses.ok(service.patch(organisationId, fieldKey, MergePatch.parse(mapper, body), ifMatch));
    }

    @DELETE
    @Path("/{fieldKey}")
    @Operation(operationId = "deleteCustomField", summary = "Delete a custom field no entry has a value for")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("organisationId") String organisationId,
                           @Parameter(description = "The field's id or key") @PathParam("fieldKey") String fieldKey,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(organisationId, fieldKey, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/by-reference/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCustomFieldByReference", summary = "Create or replace the custom field with this key (idempotent)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CustomFieldResponse.class)))
    public Response upsert(@PathParam("organisationId") String organisationId, @PathParam("reference") String reference,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                           @NotNull(message = "a JSON request body is required") @Valid CustomFieldRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<CustomFieldResponse> v = service.upsert(organisationId, reference, request, ifMatch, ifNoneMatch);
        return Responses.upserted(uriInfo, path(organisationId), v.body().id().toString(), v);
    }

    private static String path(String organisationId) {
        return "/v1/organisations/" + organisationId + "/custom-fields";
    }
}
