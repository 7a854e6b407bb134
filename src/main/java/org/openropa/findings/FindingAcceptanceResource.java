package org.openropa.findings;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.openapi.OpenApiConventions;
import org.openropa.common.paging.PageParams;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.Paging;
import org.openropa.register.RegisterResource;

import java.util.List;

@Path("/v1/organisations/{organisationId}/findings/acceptances")
@Tag(name = "Finding acceptances", description = "Findings a DPO accepted as known risks, with the reason, who accepted them and until when",
        extensions = @Extension(name = OpenApiConventions.REGISTER_NOUN, value = FindingAcceptance.NOUN))
@Produces(MediaType.APPLICATION_JSON)
public class FindingAcceptanceResource extends RegisterResource<FindingAcceptance, FindingAcceptanceRequest, FindingAcceptanceResponse> {

    private final FindingAcceptanceService service;

    public FindingAcceptanceResource(FindingAcceptanceService service, Paging paging, ObjectMapper mapper) {
        super(service, mapper, paging);
        this.service = service;
    }

    @Schema(name = "FindingAcceptancePage", requiredProperties = {"items", "totalSize"})
    public record FindingAcceptancePage(List<FindingAcceptanceResponse> items, String nextPageToken, long totalSize) {
    }

    @GET
    @Operation(operationId = "listFindingAcceptances", summary = "List the accepted findings")
    @APIResponse(responseCode = "200", description = "A page of acceptances", content = @Content(schema = @Schema(implementation = FindingAcceptancePage.class)))
    public Response list(@PathParam("organisationId") String organisationId, @BeanParam PageParams pageParams, @Context UriInfo uriInfo) {
        PageRequest page = paging.request(pageParams, uriInfo);
        return page(service.list(organisationId, page), page, uriInfo);
    }
}
