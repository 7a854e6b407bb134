package org.openropa.processing;

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
import org.openropa.common.paging.Paging;
import org.openropa.common.query.AsAt;
import org.openropa.register.RegisterResource;

@Path("/v1/organisations/{organisationId}/processing-activities")
@Tag(name = "Processing activities", description = "The Record of Processing Activities (UK GDPR Article 30): one entry per activity, as controller or processor",
        extensions = @Extension(name = OpenApiConventions.REGISTER_NOUN, value = ProcessingActivity.NOUN))
@Produces(MediaType.APPLICATION_JSON)
public class ProcessingActivityResource extends RegisterResource<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityResponse> {

    private final ProcessingActivityService service;

    public ProcessingActivityResource(ProcessingActivityService service, Paging paging, ObjectMapper mapper) {
        super(service, mapper, paging);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listProcessingActivities", summary = "List the Record of Processing Activities")
    @APIResponse(responseCode = "200", description = "A page of processing activities",
            content = @Content(schema = @Schema(implementation = ProcessingActivityPage.class)))
    public Response list(@PathParam("organisationId") String organisationId, @BeanParam ProcessingActivitySearch search,
                         @BeanParam PageParams pageParams, @BeanParam AsAt asAt, @Context UriInfo uriInfo) {
        return listPage(pageParams, asAt, uriInfo, page -> service.list(organisationId, search, page),
                (at, page) -> service.listAsAt(organisationId, search, at, page));
    }
}
