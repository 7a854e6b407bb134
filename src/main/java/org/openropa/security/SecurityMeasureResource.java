package org.openropa.security;

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

@Path("/v1/organisations/{organisationId}/security-measures")
@Tag(name = "Security measures", description = "The catalogue of technical, organisational and physical measures (Article 32) that assets and activities refer to",
        extensions = @Extension(name = OpenApiConventions.REGISTER_NOUN, value = SecurityMeasure.NOUN))
@Produces(MediaType.APPLICATION_JSON)
public class SecurityMeasureResource extends RegisterResource<SecurityMeasure, SecurityMeasureRequest, SecurityMeasureResponse> {

    private final SecurityMeasureService service;

    public SecurityMeasureResource(SecurityMeasureService service, Paging paging, ObjectMapper mapper) {
        super(service, mapper, paging);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSecurityMeasures", summary = "List the security measures catalogue")
    @APIResponse(responseCode = "200", description = "A page of security measures",
            content = @Content(schema = @Schema(implementation = SecurityMeasurePage.class)))
    public Response list(@PathParam("organisationId") String organisationId, @BeanParam SecurityMeasureSearch search,
                         @BeanParam PageParams pageParams, @BeanParam AsAt asAt, @Context UriInfo uriInfo) {
        return listPage(pageParams, asAt, uriInfo, page -> service.list(organisationId, search, page),
                (at, page) -> service.listAsAt(organisationId, search, at, page));
    }
}
