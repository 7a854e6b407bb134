package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record as a printable HTML page (Qute templates, everything escaped): the organisation first, one section per
 * activity, written as each activity is read.
 */
final class PrintableRecord {

    private static final Engine ENGINE = Engine.builder().addDefaults().addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
    private static final Template HEAD = template("ropa-head");
    private static final Template SECTION = template("ropa-section");
    private static final Template FOOT = template("ropa-foot");

    private PrintableRecord() {
    }

    private static Template template(String name) {
        try (InputStream in = PrintableRecord.class.getResourceAsStream("/templates/" + name + ".html")) {
            return ENGINE.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Variant.forContentType(Variant.TEXT_HTML));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(RopaData data, IcoTemplate.Labels labels, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HEAD.data("organisation", organisation(data.organisation())).data("exportedAt", data.exportedAt().toString())
                .data("exportedBy", data.exportedBy()).data("asAt", data.asAt() == null ? "" : data.asAt().toString())
                .data("headHash", data.headHash() == null ? "" : data.headHash()).render());
        Map<String, JsonNode> assets = Tables.byId(data.assets());
        Map<String, JsonNode> measures = Tables.byId(data.publicMeasures());
        int[] counts = new int[2];
        data.activities().write(a -> {
            if ("PROCESSOR".equals(a.path("recordType").asText())) {
                counts[1]++;
                return;
            }
            counts[0]++;
            List<String> cells = IcoTemplate.row(a, assets, measures, labels);
            List<Map<String, String>> fields = new ArrayList<>();
            for (int c = 0; c < IcoTemplate.HEADINGS.size(); c++) {
                if (!cells.get(c).equals(IcoTemplate.NA)) {
                    fields.add(Map.of("label", IcoTemplate.HEADINGS.get(c), "value", cells.get(c)));
                }
            }
            writer.write(SECTION.data("reference", a.path("reference").asText()).data("name", a.path("name").asText())
                    .data("fields", fields).render());
        });
        writer.write(FOOT.data("controllerCount", counts[0]).data("processorCount", counts[1]).render());
        writer.flush();
    }

    private static Map<String, Object> organisation(JsonNode o) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("name", o.path("name").asText());
        organisation.put("ico", o.path("icoRegistrationNumber").asText("Not recorded"));
        organisation.put("email", o.path("email").asText(""));
        organisation.put("phone", o.path("phone").asText(""));
        organisation.put("dpo", String.join(", ", List.of(o.path("dataProtectionOfficer").path("name").asText(""),
                o.path("dataProtectionOfficer").path("email").asText(""), o.path("dataProtectionOfficer").path("phone").asText("")).stream()
                .filter(s -> !s.isBlank()).toList()));
        organisation.put("complaints", o.path("complaints").path("url").asText(o.path("complaints").path("email").asText("")));
        return organisation;
    }
}
