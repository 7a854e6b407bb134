package org.openropa.reference;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.openropa.common.query.QueryParams;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.problem.ApiException;
import org.openropa.common.paging.PageRequest;
import org.openropa.common.paging.PageParams;
import org.openropa.common.paging.Paging;

import java.util.List;
import java.util.Locale;

@Path("/v1/reference/{list}")
@Tag(name = "Reference data", description = "The law's codes and labels: lawful bases, Article 9 and Schedule 1 conditions, countries with UK adequacy, transfer mechanisms, retention triggers, disposal actions, security classifications, data subject rights, DPIA triggers")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private static final String LISTS = "lawful-bases, special-category-conditions, schedule-1-conditions, countries, "
            + "transfer-mechanisms, retention-triggers, disposal-actions, security-classifications, data-subject-rights, dpia-triggers, schedule-8-conditions";

    private final ReferenceData data;
    private final Paging paging;

    public ReferenceResource(ReferenceData data, Paging paging) {
        this.data = data;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listReferenceEntries", summary = "List a reference list (every entry on one page unless pageSize is given)")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(implementation = ReferenceEntryPage.class)))
    public Response list(@Parameter(description = "The list", schema = @Schema(enumeration = {"lawful-bases",
                                 "special-category-conditions", "schedule-1-conditions", "countries", "transfer-mechanisms",
                                 "retention-triggers", "disposal-actions", "security-classifications", "data-subject-rights",
                                 "dpia-triggers", "schedule-8-conditions"}, type = SchemaType.STRING)) @PathParam("list") String list,
                         @Parameter(description = "Text in the code, label or description (case-insensitive)",
                                 schema = @Schema(type = SchemaType.STRING, maxLength = QueryParams.MAX_TEXT)) @QueryParam("q") String q,
                         @Parameter(description = "Entries per page, 1 to 500 (default: 500, the whole list)",
                                 schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500")) @QueryParam("pageSize") String pageSize,
                         @Parameter(description = "Token from the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_TOKEN))
                         @QueryParam("pageToken") String pageToken,
                         @Context UriInfo uriInfo) {
        ReferenceList referenceList = referenceList(list);
        PageRequest page = paging.request(new PageParams(pageSize, pageToken), uriInfo, Paging.MAX_PAGE_SIZE);
        String needle = q == null ? "" : QueryParams.text("q", q, QueryParams.MAX_TEXT).trim().toLowerCase(Locale.ROOT);
        List<ReferenceEntry> matching = data.list(referenceList).stream()
                .filter(e -> needle.isEmpty() || (e.code() + "\n" + e.label() + "\n" + e.description()).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        List<ReferenceEntry> items = matching.subList(Math.min(page.offset(), matching.size()),
                Math.min(page.offset() + page.pageSize(), matching.size()));
        return paging.respond(page, items, matching.size(), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getReferenceEntry", summary = "Read one reference entry by its code")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = ReferenceEntry.class)))
    public ReferenceEntry get(@PathParam("list") String list, @PathParam("code") String code) {
        ReferenceList referenceList = referenceList(list);
        return data.find(referenceList, code).orElseThrow(() ->
                ApiException.notFound("There is no '" + code + "' in the reference list " + list + "."));
    }

    private static ReferenceList referenceList(String list) {
        return ReferenceList.byPath(list).orElseThrow(() ->
                ApiException.notFound("There is no reference list '" + list + "'; the lists are " + LISTS + "."));
    }
}
