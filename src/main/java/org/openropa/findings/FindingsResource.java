package org.openropa.findings;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openropa.common.problem.ApiException;
import org.openropa.common.query.AsAt;
import org.openropa.common.query.QueryParams;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Path("/v1/organisations/{organisationId}/findings")
@Tag(name = "Findings", description = "What is missing, overdue or inconsistent in the register, rule by rule, with the law behind each")
public class FindingsResource {

    static final String CSV = "text/csv";

    private final FindingsService findings;
    private final Clock clock;

    public FindingsResource(FindingsService findings, Clock clock) {
        this.findings = findings;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, MediaType.TEXT_PLAIN})
    @Operation(operationId = "listFindings", summary = "Evaluate every rule over the register: JSON with counts, CSV, or one line per finding")
    @APIResponse(responseCode = "200", description = "The findings",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingReport.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@PathParam("organisationId") String organisationId,
                         @Parameter(description = "Only findings of this severity and above", schema = @Schema(implementation = Severity.class))
                         @QueryParam("severity") String severity,
                         @Parameter(description = "Only findings of these rules (repeat the parameter for several)",
                                 schema = @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = String.class))
                         @QueryParam("ruleId") List<String> ruleIds,
                         @Parameter(description = "Only findings on entries of this type", schema = @Schema(enumeration = {"ORGANISATION",
                                 "PROCESSING_ACTIVITY", "INFORMATION_ASSET"}, type = SchemaType.STRING)) @QueryParam("entityType") String entityType,
                         @Parameter(description = "Only findings on the entry with this reference or id", schema = @Schema(type = SchemaType.STRING, maxLength = 60))
                         @QueryParam("reference") String reference,
                         @Parameter(description = "Only findings on entries of this business function", schema = @Schema(type = SchemaType.STRING, maxLength = 60))
                         @QueryParam("businessFunction") String businessFunction,
                         @Parameter(description = "accepted: list accepted findings too", schema = @Schema(enumeration = {"accepted"}, type = SchemaType.STRING))
                         @QueryParam("include") String include,
                         @Parameter(description = "json, csv or text; overrides Accept", schema = @Schema(enumeration = {"json", "csv", "text"}, type = SchemaType.STRING))
                         @QueryParam("format") String format,
                         @BeanParam AsAt asAt, @Context HttpHeaders headers) {
        Severity floor = QueryParams.enumValue(Severity.class, "severity", severity);
        if (ruleIds != null && ruleIds.size() > 50) {
            throw ApiException.invalid("ruleId", "at most 50 rule ids");
        }
        for (String id : ruleIds == null ? List.<String>of() : ruleIds) {
            if (Rules.ALL.stream().noneMatch(r -> r.id().equals(id))) {
                throw ApiException.invalid("ruleId", "'" + id + "' is not a rule id in /v1/reference/rules");
            }
        }
        if (entityType != null && !List.of("ORGANISATION", "PROCESSING_ACTIVITY", "INFORMATION_ASSET").contains(entityType)) {
            throw ApiException.invalid("entityType", "'" + entityType + "' is not one of ORGANISATION, PROCESSING_ACTIVITY, INFORMATION_ASSET");
        }
        if (include != null && !include.equals("accepted")) {
            throw ApiException.invalid("include", "'" + include + "' is not 'accepted'");
        }
        QueryParams.text("reference", reference, QueryParams.MAX_KEY);
        QueryParams.text("businessFunction", businessFunction, QueryParams.MAX_KEY);
        String type = chooseFormat(format, headers);
        Instant at = asAt.past(clock);

        List<Finding> matching = findings.evaluate(organisationId, at).stream()
                .filter(f -> floor == null || f.severity().atLeast(floor))
                .filter(f -> ruleIds == null || ruleIds.isEmpty() || ruleIds.contains(f.ruleId()))
                .filter(f -> entityType == null || entityType.equals(f.entryType()))
                .filter(f -> reference == null || reference.equals(f.reference()) || reference.equals(f.entryId()))
                .filter(f -> businessFunction == null || businessFunction.equals(f.businessFunction()))
                .sorted(java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(Finding::reference))
                .toList();
        List<Finding> open = matching.stream().filter(f -> !f.accepted()).toList();
        List<Finding> listed = "accepted".equals(include) ? matching : open;
        return switch (type) {
            case CSV -> Response.ok(FindingFormats.csv(listed), CSV + ";charset=UTF-8").build();
            case MediaType.TEXT_PLAIN -> Response.ok(FindingFormats.text(listed), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
            default -> {
                Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
                for (Severity s : Severity.values()) {
                    bySeverity.put(s, open.stream().filter(f -> f.severity() == s).count());
                }
                Map<String, Long> byRule = open.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
                yield Response.ok(new FindingReport(organisationId, at, Instant.now(clock), open.size(), matching.size() - open.size(),
                        bySeverity, byRule, listed), MediaType.APPLICATION_JSON).build();
            }
        };
    }

    private static String chooseFormat(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> CSV;
                case "text" -> MediaType.TEXT_PLAIN;
                default -> throw ApiException.invalid("format", "'" + format + "' is not one of json, csv, text");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
                return CSV;
            }
            if (accepted.getType().equals("text") && accepted.getSubtype().equals("plain")) {
                return MediaType.TEXT_PLAIN;
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
