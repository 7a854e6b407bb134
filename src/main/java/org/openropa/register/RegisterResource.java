package org.openropa.register;

import org.openropa.common.http.BodyLimit;
import org.openropa.common.http.MergePatch;
import org.openropa.common.http.RequestLimits;
import org.openropa.common.http.Responses;
import org.openropa.common.http.Versioned;
import org.openropa.common.paging.PageParams;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.Paging;
import org.openropa.common.query.AsAt;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * The HTTP endpoints every register shares: read, create, replace, merge-patch, delete and create-or-replace by
 * reference. A feature's resource adds its list with its own filters. OpenApiConventions names and describes
 * these operations from the register's nouns, which its resource's tag declares (getSecurityMeasure, ...).
 */
public abstract class RegisterResource<E extends OrganisationEntry, Q extends RegisterRequest, R extends RegisterResponse> {

    private final RegisterService<E, Q, R> service;
    private final ObjectMapper mapper;
    @Inject
    RequestLimits limits;
    protected final Paging paging;

    protected RegisterResource(RegisterService<E, Q, R> service, ObjectMapper mapper, Paging paging) {
        this.service = service;
        this.mapper = mapper;
        this.paging = paging;
    }

    /**
     * A list's response: the live page, or, when asAt names an instant in the past, the page of the entries as they
     * stood then.
     */
    protected Response listPage(PageParams pageParams, AsAt asAt, UriInfo uriInfo,
                                java.util.function.Function<PageRequest, RegisterService.Listing<R>> live,
                                java.util.function.BiFunction<Instant, PageRequest, RegisterService.Listing<com.fasterxml.jackson.databind.JsonNode>> past) {
        PageRequest page = paging.request(pageParams, uriInfo);
        Instant at = asAt.past(service.clock());
        if (at != null) {
            var listing = past.apply(at, page);
            return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
        }
        return page(live.apply(page), page, uriInfo);
    }

    /** The list response: a page of entries, the next page's token and link, and how many match in all. */
    protected Response page(RegisterService.Listing<R> listing, PageRequest page, UriInfo uriInfo) {
        return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<R> create(@PathParam("organisationId") String organisationId,
                                  @NotNull(message = "a JSON request body is required") @Valid Q request,
                                  @Context UriInfo uriInfo) {
        Versioned<R> v = service.create(organisationId, request);
        return restResponse(Responses.created(uriInfo, path(organisationId) + "/" + v.body().id(), v));
    }

    @GET
    @Path("/{entryId}")
    public RestResponse<R> get(@PathParam("organisationId") String organisationId,
                               @Parameter(description = "The entry's id or reference") @PathParam("entryId") String entryId,
                               @HeaderParam("If-None-Match") String ifNoneMatch, @BeanParam AsAt asAt) {
        Instant at = asAt.past(service.clock());
        if (at != null) {
            EntryType type = service.entryType();
            return restResponse(Response.ok(service.history().entryAsAt(organisationId, type.code(), type.noun(), entryId, at)).build());
        }
        return restResponse(Responses.read(service.get(organisationId, entryId), ifNoneMatch));
    }

    @GET
    @Path("/{entryId}/history")
    @APIResponse(responseCode = "200", description = "The entry's revisions, newest first",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    public Response history(@PathParam("organisationId") String organisationId,
                            @Parameter(description = "The entry's id, or its reference (its latest, if it changed)") @PathParam("entryId") String entryId,
                            @BeanParam PageParams pageParams, @Context UriInfo uriInfo) {
        PageRequest page = paging.request(pageParams, uriInfo);
        EntryType type = service.entryType();
        var listing = service.history().history(organisationId, type.code(), type.noun(), entryId, page);
        return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
    }

    @GET
    @Path("/{entryId}/history/{revision: \\d{1,9}}")
    public Revision revision(@PathParam("organisationId") String organisationId,
                             @Parameter(description = "The entry's id, or its reference (its latest, if it changed)") @PathParam("entryId") String entryId,
                             @Parameter(description = "The entry's revision number, from 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999"))
                             @PathParam("revision") int revision) {
        EntryType type = service.entryType();
        return service.history().revision(organisationId, type.code(), type.noun(), entryId, revision);
    }

    @PUT
    @Path("/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<R> replace(@PathParam("organisationId") String organisationId,
                                   @Parameter(description = "The entry's id or reference") @PathParam("entryId") String entryId,
                                   @HeaderParam("If-Match") String ifMatch,
                                   @NotNull(message = "a JSON request body is required") @Valid Q request) {
        return restResponse(Responses.ok(service.replace(organisationId, entryId, request, ifMatch)));
    }

    @PATCH
    @Path("/{entryId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public RestResponse<R> patch(@PathParam("organisationId") String organisationId,
                                 @Parameter(description = "The entry's id or reference") @PathParam("entryId") String entryId,
                                 @HeaderParam("If-Match") String ifMatch, InputStream body) throws IOException {
        String patch = BodyLimit.readText(body, limits.bodyLimit());
        return restResponse(Responses.ok(service.patch(organisationId, entryId, MergePatch.parse(mapper, patch), ifMatch)));
    }

    @DELETE
    @Path("/{entryId}")
    public RestResponse<Void> delete(@PathParam("organisationId") String organisationId,
                                     @Parameter(description = "The entry's id or reference") @PathParam("entryId") String entryId,
                                     @HeaderParam("If-Match") String ifMatch) {
        service.delete(organisationId, entryId, ifMatch);
        return RestResponse.noContent();
    }

    @PUT
    @Path("/by-reference/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<R> upsert(@PathParam("organisationId") String organisationId,
                                  @Parameter(description = "The caller's reference for the entry") @PathParam("reference") String reference,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
                                  @NotNull(message = "a JSON request body is required") @Valid Q request,
                                  @Context UriInfo uriInfo) {
        Versioned<R> v = service.upsert(organisationId, reference, request, ifMatch, ifNoneMatch);
        return restResponse(Responses.upserted(uriInfo, path(organisationId), v.body().id().toString(), v));
    }

    protected String path(String organisationId) {
        return "/v1/organisations/" + organisationId + "/" + service.entryType().collection();
    }

    @SuppressWarnings("unchecked")
    private static <T> RestResponse<T> restResponse(Response response) {
        return RestResponse.ResponseBuilder.<T>create(response.getStatusInfo().getStatusCode())
                .replaceAll(response.getHeaders()).entity((T) response.getEntity()).build();
    }
}
