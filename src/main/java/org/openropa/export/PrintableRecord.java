package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The record as a printable HTML page (Qute template, everything escaped): the organisation first, one section per activity. */
final class PrintableRecord {

    private static final Template TEMPLATE = template();

    private PrintableRecord() {
    }

    private static Template template() {
        Engine engine = Engine.builder().addDefaults().addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
        try (InputStream in = PrintableRecord.class.getResourceAsStream("/templates/ropa.html")) {
            return engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Variant.forContentType(Variant.TEXT_HTML));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(RopaData data, IcoTemplate.Labels labels) {
        Tables.Table controller = Tables.controller(data, labels);
        List<Map<String, Object>> sections = new ArrayList<>();
        List<JsonNode> controllers = data.activities().stream().filter(a -> !"PROCESSOR".equals(a.path("recordType").asText())).toList();
        for (int i = 0; i < controllers.size(); i++) {
            JsonNode a = controllers.get(i);
            List<Map<String, String>> fields = new ArrayList<>();
            List<String> cells = controller.rows().get(i);
            for (int c = 0; c < IcoTemplate.HEADINGS.size(); c++) {
                if (!cells.get(c).equals(IcoTemplate.NA)) {
                    fields.add(Map.of("label", IcoTemplate.HEADINGS.get(c), "value", cells.get(c)));
                }
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("reference", a.path("reference").asText());
            section.put("name", a.path("name").asText());
            section.put("fields", fields);
            sections.add(section);
        }
        JsonNode o = data.organisation();
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("name", o.path("name").asText());
        organisation.put("ico", o.path("icoRegistrationNumber").asText("Not recorded"));
        organisation.put("email", o.path("email").asText(""));
        organisation.put("phone", o.path("phone").asText(""));
        organisation.put("dpo", String.join(", ", List.of(o.path("dataProtectionOfficer").path("name").asText(""),
                o.path("dataProtectionOfficer").path("email").asText(""), o.path("dataProtectionOfficer").path("phone").asText("")).stream()
                .filter(s -> !s.isBlank()).toList()));
        organisation.put("complaints", o.path("complaints").path("url").asText(o.path("complaints").path("email").asText("")));
        return TEMPLATE.data("organisation", organisation).data("sections", sections).data("processorCount",
                        data.activities().size() - controllers.size())
                .data("exportedAt", data.exportedAt().toString()).data("exportedBy", data.exportedBy())
                .data("asAt", data.asAt() == null ? "" : data.asAt().toString())
                .data("headHash", data.headHash() == null ? "" : data.headHash()).render();
    }
}
