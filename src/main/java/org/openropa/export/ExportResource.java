package org.openropa.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.UncheckedIOException;
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
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The Record of Processing Activities for the ICO: its controller template workbook, CSV, JSON, a printable record and JSON-LD (W3C DPV). */
@Path("/v1/organisations/{organisationId}/ropa")
@Tag(name = "Exports", description = "The record as the ICO asks for it: the ICO template workbook, CSV, JSON, a printable record and JSON-LD in the W3C Data Privacy Vocabulary")
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String JSONLD = "application/ld+json";
    private static final Map<String, String> FORMATS = Map.of("xlsx", XLSX, "csv", CSV, "json", MediaType.APPLICATION_JSON,
            "html", MediaType.TEXT_HTML, "jsonld", JSONLD);
    private static final Map<String, String> EXTENSIONS = Map.of(XLSX, "xlsx", CSV, "csv", MediaType.APPLICATION_JSON, "json",
            MediaType.TEXT_HTML, "html", JSONLD, "jsonld");

    private final ExportService exports;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ExportResource(ExportService exports, ObjectMapper mapper, Clock clock) {
        this.exports = exports;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GET
    @Produces({XLSX, CSV, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, JSONLD})
    @Operation(operationId = "exportRopa", summary = "Export the Record of Processing Activities (ICO template XLSX, CSV, JSON, printable HTML or JSON-LD)")
    @APIResponse(responseCode = "200", description = "The record; Content-Disposition names the file",
            content = {@Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = JSONLD, schema = @Schema(type = SchemaType.OBJECT))})
    public Response export(@PathParam("organisationId") String organisationId,
                           @Parameter(description = "xlsx, csv, json, html or jsonld; overrides Accept",
                                   schema = @Schema(enumeration = {"xlsx", "csv", "json", "html", "jsonld"}, type = SchemaType.STRING))
                           @QueryParam("format") String format,
                           @Parameter(description = "CSV only: controller (default, the 30 ICO columns), processor (Article 30(2)), assets, retention or measures (public)",
                                   schema = @Schema(enumeration = {"controller", "processor", "assets", "retention", "measures"}, type = SchemaType.STRING))
                           @QueryParam("record") String record,
                           @Parameter(description = "Activities of this status (default ACTIVE); ALL for every one",
                                   schema = @Schema(enumeration = {"DRAFT", "ACTIVE", "RETIRED", "ALL"}, type = SchemaType.STRING))
                           @QueryParam("status") String status,
                           @Parameter(description = "CONTROLLER or PROCESSOR", schema = @Schema(enumeration = {"CONTROLLER", "PROCESSOR"}, type = SchemaType.STRING))
                           @QueryParam("recordType") String recordType,
                           @Parameter(description = "Only this business function (its reference)", schema = @Schema(type = SchemaType.STRING, maxLength = 60))
                           @QueryParam("businessFunction") String businessFunction,
                           @Parameter(description = "Only these activities (repeat the parameter)", schema = @Schema(type = SchemaType.ARRAY, maxItems = 500, implementation = String.class))
                           @QueryParam("reference") List<String> references,
                           @BeanParam AsAt asAt, @Context HttpHeaders headers, @Context jakarta.ws.rs.core.UriInfo uriInfo) {
        String type = chooseFormat(format, headers);
        String statusValue = status == null ? "ACTIVE" : status;
        if (!List.of("DRAFT", "ACTIVE", "RETIRED", "ALL").contains(statusValue)) {
            throw ApiException.invalid("status", "'" + status + "' is not one of DRAFT, ACTIVE, RETIRED, ALL");
        }
        if (recordType != null && !List.of("CONTROLLER", "PROCESSOR").contains(recordType)) {
            throw ApiException.invalid("recordType", "'" + recordType + "' is not one of CONTROLLER, PROCESSOR");
        }
        if (record != null && !List.of("controller", "processor", "assets", "retention", "measures").contains(record)) {
            throw ApiException.invalid("record", "'" + record + "' is not one of controller, processor, assets, retention, measures");
        }
        if (references != null && references.size() > 500) {
            throw ApiException.invalid("reference", "at most 500 references");
        }
        QueryParams.text("businessFunction", businessFunction, QueryParams.MAX_KEY);
        Instant at = asAt.past(clock);
        // Only the workbook's asset sheet, the JSON and the assets CSV show the assets themselves; the other formats need
        // no more than where each asset keeps its data.
        boolean wholeAssets = type.equals(XLSX) || type.equals(MediaType.APPLICATION_JSON) || (type.equals(CSV) && "assets".equals(record));
        RopaData data = exports.load(organisationId, statusValue, recordType, businessFunction, references == null ? List.of() : references, at,
                wholeAssets);
        IcoTemplate.Labels labels = exports.labels(data.organisation());
        String file = "ropa-" + organisationId + "-" + LocalDate.ofInstant(at == null ? data.exportedAt() : at, ZoneOffset.UTC)
                + (record != null && type.equals(CSV) && !record.equals("controller") ? "-" + record : "") + "." + EXTENSIONS.get(type);
        String vocabulary = uriInfo.getBaseUri().resolve("v1/reference/vocabulary").toString() + "#";
        StreamingOutput writing = switch (type) {
            case XLSX -> out -> Workbook.write(data, labels, out);
            case CSV -> out -> csv(table(data, labels, record), out);
            case MediaType.TEXT_HTML -> out -> PrintableRecord.write(data, labels, out);
            case JSONLD -> out -> DpvDocument.write(data, vocabulary, mapper, out);
            default -> out -> json(data, out);
        };
        // The activities are read while the body is written, in a transaction of the writing's own (an export of a large
        // register may take minutes; each of its statements is still bounded by the statement timeout).
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().timeout(EXPORT_TRANSACTION_SECONDS).call(() -> {
            writing.write(out);
            return null;
        });
        return Response.ok(body, type + (type.startsWith("text/") ? ";charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static final int EXPORT_TRANSACTION_SECONDS = 3600;

    private static Tables.Table table(RopaData data, IcoTemplate.Labels labels, String record) {
        return switch (record == null ? "controller" : record) {
            case "processor" -> Tables.processor(data, labels);
            case "assets" -> Tables.assets(data);
            case "retention" -> Tables.retention(data);
            case "measures" -> Tables.measures(data);
            default -> Tables.controller(data, labels);
        };
    }

    /** RFC 4180: CRLF line ends, fields quoted where needed; the same cells as the workbook's sheet. */
    private static void csv(Tables.Table table, java.io.OutputStream out) throws java.io.IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(table.headings().toArray(String[]::new)).get())) {
            table.rows().forEach(row -> {
                try {
                    printer.printRecord(row);
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The whole record as JSON, each activity written as it is read. */
    private void json(RopaData data, java.io.OutputStream out) throws java.io.IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("exportedAt", data.exportedAt().toString());
            json.writeStringField("exportedBy", data.exportedBy());
            json.writeStringField("asAt", data.asAt() == null ? null : data.asAt().toString());
            json.writeFieldName("filters");
            mapper.writeValue(json, data.filters());
            json.writeObjectFieldStart("history");
            if (data.headSequence() == null) {
                json.writeNullField("headSequence");
            } else {
                json.writeNumberField("headSequence", data.headSequence());
            }
            json.writeStringField("headHash", data.headHash());
            json.writeEndObject();
            json.writeFieldName("organisation");
            mapper.writeTree(json, data.organisation());
            json.writeArrayFieldStart("processingActivities");
            data.activities().write(a -> mapper.writeTree(json, a));
            json.writeEndArray();
            json.writeFieldName("informationAssets");
            mapper.writeValue(json, data.assets());
            json.writeFieldName("retentionRules");
            mapper.writeValue(json, data.retentionRules());
            json.writeFieldName("securityMeasures");
            mapper.writeValue(json, data.publicMeasures());
            json.writeEndObject();
        }
    }

    private static String chooseFormat(String format, HttpHeaders headers) {
        if (format != null) {
            String type = FORMATS.get(format);
            if (type == null) {
                throw ApiException.invalid("format", "'" + format + "' is not one of xlsx, csv, json, html, jsonld");
            }
            return type;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String type : List.of(XLSX, CSV, MediaType.TEXT_HTML, JSONLD, MediaType.APPLICATION_JSON)) {
                if (!accepted.isWildcardType() && accepted.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
