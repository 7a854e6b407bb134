package org.openropa.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceEntry;
import org.openropa.reference.ReferenceList;

/** The terms the JSON-LD export uses where DPV has none for a UK concept, each linked to the nearest DPV term. */
@Path("/v1/reference/vocabulary")
@Tag(name = "Reference data")
public class VocabularyResource {

    private final ReferenceData reference;
    private final ObjectMapper mapper;

    public VocabularyResource(ReferenceData reference, ObjectMapper mapper) {
        this.reference = reference;
        this.mapper = mapper;
    }

    @GET
    @Produces({ExportResource.JSONLD, "application/json"})
    @Operation(operationId = "getVocabulary", summary = "The OpenROPA terms the JSON-LD export uses for UK law, linked to W3C DPV")
    @APIResponse(responseCode = "200", description = "The vocabulary as JSON-LD",
            content = @Content(mediaType = ExportResource.JSONLD, schema = @Schema(type = SchemaType.OBJECT)))
    public ObjectNode vocabulary(@Context UriInfo uriInfo) {
        String ns = uriInfo.getBaseUri().resolve("v1/reference/vocabulary").toString() + "#";
        ObjectNode root = mapper.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dpv", DpvDocument.DPV);
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("ropa", ns);
        ArrayNode graph = root.putArray("@graph");
        term(graph, ns + "UKGDPR-A6-1-ea", "Recognised legitimate interest (UK GDPR Article 6(1)(ea))", DpvDocument.DPV + "LegitimateInterest");
        for (ReferenceEntry e : reference.list(ReferenceList.SCHEDULE_1_CONDITIONS)) {
            term(graph, ns + "DPA2018-Schedule1-" + e.code(), "DPA 2018 Schedule 1 paragraph " + e.paragraph() + ": " + e.label(), DpvDocument.DPV + "LegalBasis");
        }
        for (ReferenceEntry e : reference.list(ReferenceList.SCHEDULE_8_CONDITIONS)) {
            term(graph, ns + "DPA2018-Schedule8-" + e.code(), "DPA 2018 Schedule 8 paragraph " + e.paragraph() + ": " + e.label(), DpvDocument.DPV + "LegalBasis");
        }
        term(graph, ns + "DPA2018-s35-CONSENT", "DPA 2018 s.35(2)(a): consent to law-enforcement processing", DpvDocument.DPV + "Consent");
        term(graph, ns + "DPA2018-s35-NECESSARY_FOR_COMPETENT_AUTHORITY_TASK", "DPA 2018 s.35(2)(b): necessary for a task of a competent authority",
                DpvDocument.DPV + "OfficialAuthorityOfController");
        for (ReferenceEntry e : reference.list(ReferenceList.TRANSFER_MECHANISMS)) {
            term(graph, ns + "transfer-" + e.code(), e.label() + " (" + e.legalBasis() + ")", DpvDocument.DPV + "DataTransferLegalBasis");
        }
        for (ReferenceEntry e : reference.list(ReferenceList.COUNTRIES)) {
            term(graph, ns + "country-" + e.code(), e.label(), DpvDocument.DPV + "ThirdCountry");
        }
        return root;
    }

    private static void term(ArrayNode graph, String id, String label, String broader) {
        ObjectNode t = graph.addObject();
        t.put("@id", id);
        t.put("@type", "skos:Concept");
        t.put("skos:prefLabel", label);
        t.putObject("skos:broadMatch").put("@id", broader);
    }
}
