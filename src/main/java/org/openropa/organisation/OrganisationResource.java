package org.openropa.organisation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.openropa.common.openapi.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.http.Responses;
import org.openropa.common.http.Versioned;
import org.openropa.common.http.MergePatch;
import org.openropa.common.http.BodyLimit;
import org.openropa.common.http.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.PageParams;
import org.openropa.common.query.AsAt;
import org.openropa.register.History;
import java.time.Clock;
import java.time.Instant;
import org.openropa.common.problem.Problem;
import org.openropa.common.paging.Paging;
import jakarta.ws.rs.BeanParam;

@Path("/v1/organisations")
@Tag(name = "Organisations", description = "The public bodies whose registers are held here")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService service;
    private final Paging paging;
    private final ObjectMapper mapper;
    private final RequestLimits limits;

    private final History history;
    private final Clock clock;

    public OrganisationResource(OrganisationService service, Paging paging, ObjectMapper mapper, History history, Clock clock,
                                RequestLimits limits) {
        this.limits = limits;
        this.service = service;
        this.history = history;
        this.clock = clock;
        this.paging = paging;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listOrganisations", summary = "List organisations")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    public Response list(@BeanParam OrganisationSearch search, @BeanParam PageParams pageParams, @BeanParam AsAt asAt,
                         @Context UriInfo uriInfo) {
        PageRequest page = paging.request(pageParams, uriInfo);
        Instant at = asAt.past(clock);
        if (at != null) {
            var listing = service.listAsAt(search, at, page);
            return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
        }
        var listing = service.list(search, page);
        return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation with an id of the caller's choosing")
    @Extension(name = OpenApiConventions.REQUIRES, value = "id")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response create(@NotNull(message = "a JSON request body is required") @Valid OrganisationRequest request,
                           @Context UriInfo uriInfo) {
        Versioned<OrganisationResponse> created = service.create(request);
        return Responses.created(uriInfo, "/v1/organisations/" + created.body().id(), created);
    }

    @GET
    @Path("/{organisationId}")
    @Operation(operationId = "getOrganisation", summary = "Read an organisation, now or as it stood at an instant")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response get(@PathParam("organisationId") String organisationId,
                        @HeaderParam("If-None-Match") String ifNoneMatch, @BeanParam AsAt asAt) {
        Instant at = asAt.past(clock);
        if (at != null) {
            return Response.ok(history.entryAsAt(organisationId, OrganisationService.ENTRY_TYPE, "organisation", organisationId, at)).build();
        }
        Organisation o = service.require(organisationId);
        return Responses.read(new Versioned<>(OrganisationResponse.of(o), o.version), ifNoneMatch);
    }

    @PUT
    @Path("/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceOrganisation", summary = "Replace an organisation")
    @APIResponse(responseCode = "200", description = "The organisation as replaced",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response replace(@PathParam("organisationId") String organisationId,
                            @HeaderParam("If-Match") String ifMatch,
                            @NotNull(message = "a JSON request body is required") @Valid OrganisationRequest request) {
        return Responses.ok(service.replace(organisationId, request, ifMatch));
    }

    @PATCH
    @Path("/{organisationId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchOrganisation", summary = "Change some fields of an organisation (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = OrganisationRequest.class)))
    @APIResponse(responseCode = "200", description = "The organisation as changed",
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response patch(@PathParam("organisationId") String organisationId,
                          @HeaderParam("If-Match") String ifMatch,
                          InputStream body) throws IOException {
        String patch = BodyLimit.readText(body, limits.bodyLimit());
        return Responses.ok(service.patch(organisationId, MergePatch.parse(mapper, patch), ifMatch));
    }

    @DELETE
    @Path("/{organisationId}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation that holds no entries")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("organisationId") String organisationId,
                                     @HeaderParam("If-Match") String ifMatch) {
        service.delete(organisationId, ifMatch);
        return RestResponse.noContent();
    }
}
