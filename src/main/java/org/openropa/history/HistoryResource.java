package org.openropa.history;

import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.paging.PageParams;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.Paging;
import org.openropa.register.History;
import org.openropa.register.Revision;
import org.openropa.register.RevisionPage;

/** An organisation's own history, the change feed of everything it holds, and the check of its revision chain. */
@Path("/v1/organisations/{organisationId}")
@Tag(name = "History", description = "Every change, who made it and when: revisions, the change feed for integrations, and the verifiable hash chain")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    static final String ORGANISATION = "ORGANISATION";

    private final History history;
    private final HistoryService service;
    private final Paging paging;

    public HistoryResource(History history, HistoryService service, Paging paging) {
        this.history = history;
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Path("/history")
    @Operation(operationId = "listOrganisationHistory", summary = "List the revisions of the organisation's own details, newest first")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    public Response organisationHistory(@PathParam("organisationId") String organisationId, @BeanParam PageParams pageParams,
                                        @Context UriInfo uriInfo) {
        PageRequest page = paging.request(pageParams, uriInfo);
        var listing = history.history(organisationId, ORGANISATION, "organisation", organisationId, page);
        return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
    }

    @GET
    @Path("/history/{revision: \\d{1,9}}")
    @Operation(operationId = "getOrganisationRevision", summary = "Read one revision of the organisation's own details")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = Revision.class)))
    public Revision organisationRevision(@PathParam("organisationId") String organisationId,
                                         @Parameter(description = "The revision number, from 1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999"))
                                         @PathParam("revision") int revision) {
        return history.revision(organisationId, ORGANISATION, "organisation", organisationId, revision);
    }

    @GET
    @Path("/history/verify")
    @Operation(operationId = "verifyHistory", summary = "Check the organisation's revision chain: every hash, and every link to the revision before")
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, how many revisions were checked, and the first that is not",
            content = @Content(schema = @Schema(implementation = ChainCheck.class)))
    public ChainCheck verify(@PathParam("organisationId") String organisationId) {
        return service.verify(organisationId);
    }

    @GET
    @Path("/changes")
    @Operation(operationId = "listChanges", summary = "The change feed: every revision in the organisation, in commit order, from a cursor")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to resume from",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public ChangePage changes(@PathParam("organisationId") String organisationId,
                              @Parameter(description = "The nextCursor of the previous page; leave out to start from the first change",
                                      schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("after") String after,
                              @Parameter(description = "Changes per page, 1 to 500 (default 100)",
                                      schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500"))
                              @QueryParam("pageSize") String pageSize, @Context UriInfo uriInfo) {
        int size = paging.request(new PageParams(pageSize, null), uriInfo, 100).pageSize();
        org.openropa.common.query.QueryParams.text("after", after, 100);
        return service.changes(organisationId, after, size);
    }
}
