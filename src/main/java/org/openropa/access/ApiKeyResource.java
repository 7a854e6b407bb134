package org.openropa.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.openropa.common.paging.PageParams;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.Paging;
import org.openropa.common.problem.Problem;

import java.net.URI;

@Path("/v1/api-keys")
@Tag(name = "API keys", description = "Keys for scripts and integrations (ADMIN covering every organisation only); a key is shown once, when created")
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final Paging paging;

    public ApiKeyResource(ApiKeyService keys, Paging paging) {
        this.keys = keys;
        this.paging = paging;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key (the key is in this response only)")
    @APIResponse(responseCode = "201", description = "Created; the key is shown here once",
            content = @Content(schema = @Schema(implementation = ApiKeyCreated.class)))
    public Response create(@NotNull(message = "a JSON request body is required") @Valid ApiKeyRequest request, @Context UriInfo uriInfo) {
        ApiKeyCreated created = keys.create(request);
        return Response.created(URI.create("/v1/api-keys/" + created.apiKey().id())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys (never the keys themselves)")
    @APIResponse(responseCode = "200", description = "A page of API keys", content = @Content(schema = @Schema(implementation = ApiKeyPage.class)))
    public Response list(@BeanParam PageParams pageParams, @Context UriInfo uriInfo) {
        PageRequest page = paging.request(pageParams, uriInfo);
        var listing = keys.list(page);
        return paging.respond(page, listing.items(), listing.totalSize(), uriInfo);
    }

    @GET
    @Path("/{apiKeyId}")
    @Operation(operationId = "getApiKey", summary = "Read an API key")
    @APIResponse(responseCode = "200", description = "The key's details", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public ApiKeyResponse get(@Parameter(description = "The key's id", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("apiKeyId") String apiKeyId) {
        return keys.get(apiKeyId);
    }

    @DELETE
    @Path("/{apiKeyId}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key (it stops working at once and stays listed)")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public ApiKeyResponse revoke(@Parameter(description = "The key's id", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("apiKeyId") String apiKeyId) {
        return keys.revoke(apiKeyId);
    }
}
