package org.openropa.findings;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/reference/rules")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    /** The rules, each with its stable id, severity, legal reference, why the law asks for it and how to resolve it. */
    @Schema(name = "RulePage", requiredProperties = {"items", "totalSize"})
    public record RuleList(List<Rule> items, long totalSize) {
    }

    @GET
    @Operation(operationId = "listRules", summary = "List every rule findings evaluate")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(schema = @Schema(implementation = RuleList.class)))
    public RuleList list() {
        return new RuleList(Rules.ALL, Rules.ALL.size());
    }
}
