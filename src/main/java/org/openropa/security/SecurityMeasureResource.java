package org.openropa.security;

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
import org.openropa.common.query.Where;
import org.openropa.register.RegisterResource;


import java.util.Map;

@Path("/v1/organisations/{organisationId}/security-measures")
@Tag(name = "Security measures", description = "The catalogue of technical, organisational and physical measures (Article 32) that assets and activities refer to")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityMeasureResource extends RegisterResource<SecurityMeasure, SecurityMeasureRequest, SecurityMeasureResponse> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "name", "lower(e.name)", "kind", "e.kind",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt", "nextReviewDate", "e.nextReviewDate");


    public SecurityMeasureResource(SecurityMeasureService service, Paging paging, ObjectMapper mapper) {
        super(service, "security-measures", mapper, paging);
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
        Article32Point point = QueryParams.enumValue(Article32Point.class, "article32Point", article32Point);
        Where where = new Where(organisationId)
                .and("e.status = ?", QueryParams.enumValue(MeasureStatus.class, "status", status))
                .and("e.kind = ?", QueryParams.enumValue(MeasureKind.class, "kind", kind))
                .and("e.visibility = ?", QueryParams.enumValue(Visibility.class, "visibility", visibility))
                .and("function('jsonb_exists', e.article32Points, ?) = true", point == null ? null : point.name())
                .search(q, "e.reference", "e.name", "coalesce(e.description, '')");
        return listPage(organisationId, where, sort, SORTS, uriInfo);
    }
}
