package org.openropa.customfield;

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
import org.openropa.register.RegisterResource;
import org.openropa.common.query.Where;


import java.util.Map;

@Path("/v1/organisations/{organisationId}/custom-fields")
@Tag(name = "Custom fields", description = "Fields an organisation adds to its information assets and processing activities, with the type their values must have")
@Produces(MediaType.APPLICATION_JSON)
public class CustomFieldResource extends RegisterResource<CustomField, CustomFieldRequest, CustomFieldResponse> {

    private static final Map<String, String> SORTS = Map.of("reference", "e.reference", "label", "lower(e.label)", "type", "e.type",
            "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");


    public CustomFieldResource(CustomFieldService service, Paging paging, ObjectMapper mapper) {
        super(service, "custom-fields", mapper, paging);
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
        CustomFieldTarget target = QueryParams.enumValue(CustomFieldTarget.class, "appliesTo", appliesTo);
        Where where = new Where(organisationId)
                .and("e.type = ?", QueryParams.enumValue(CustomFieldType.class, "type", type))
                .and("function('jsonb_exists', e.appliesTo, ?) = true", target == null ? null : target.name())
                .search(q, "e.reference", "e.label", "coalesce(e.description, '')");
        return listPage(organisationId, where, sort, SORTS, uriInfo);
    }
}
