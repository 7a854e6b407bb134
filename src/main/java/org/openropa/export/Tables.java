package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.openropa.common.SpreadsheetCells;
import org.openropa.register.Snapshots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each sheet and CSV record of an export as headings and rows of text, so CSV and XLSX agree cell for cell. */
final class Tables {

    /** A sheet: its rows are produced as they are walked (a table of activities reads them afresh each time). */
    record Table(String name, List<String> headings, Rows rows) {
    }

    @FunctionalInterface
    interface Rows {
        void forEach(Consumer<List<String>> row);
    }

    private Tables() {
    }

    static Table controller(RopaData data, IcoTemplate.Labels labels) {
        Map<String, JsonNode> assets = byId(data.assets());
        Map<String, JsonNode> measures = byId(data.publicMeasures());
        return new Table("Template", IcoTemplate.HEADINGS, row -> data.activities().forEach(a -> {
            if (!"PROCESSOR".equals(a.path("recordType").asText())) {
                row.accept(neutral(IcoTemplate.row(a, assets, measures, labels)));
            }
        }));
    }

    static Table processor(RopaData data, IcoTemplate.Labels labels) {
        Map<String, JsonNode> measures = byId(data.publicMeasures());
        Rows rows = row -> data.activities().forEach(a -> {
            if ("PROCESSOR".equals(a.path("recordType").asText())) {
                row.accept(processorRow(a, measures, labels));
            }
        });
        return new Table("Processor record", List.of("Reference", "Name and contact details of controller",
                "Name and contact details of controller's representative (if applicable)", "Categories of processing",
                "Names of third countries or international organisations that personal data are transferred to (if applicable)",
                "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
                "General description of technical and organisational security measures (if possible)"), rows);
    }

    private static List<String> processorRow(JsonNode a, Map<String, JsonNode> measures, IcoTemplate.Labels labels) {
        return neutral(List.of(
                IcoTemplate.text(a.path("reference").asText(null)),
                IcoTemplate.join(Snapshots.stream(a.path("controllers")).map(c -> c.path("name").asText() + contact(c.path("contact")))),
                IcoTemplate.join(Snapshots.stream(a.path("controllers")).map(c -> c.hasNonNull("representative") ? c.path("representative").path("name").asText(null) : null)),
                IcoTemplate.join(Snapshots.stream(a.path("categoriesOfProcessing")).map(JsonNode::asText)),
                IcoTemplate.join(Snapshots.stream(a.path("transfers")).map(t -> t.path("countryName").asText(t.path("internationalOrganisation").asText(null)))),
                IcoTemplate.join(Snapshots.stream(a.path("transfers")).map(t -> t.hasNonNull("mechanism") ? labels.mechanism(t.path("mechanism").asText()) : null)),
                security(a, measures)));
    }

    static Table assets(RopaData data) {
        return new Table("Information assets", List.of("Reference", "Name", "Asset type", "Information Asset Owner", "Business function", "Location",
                "Hosting country", "Security classification", "Personal data", "Special category data", "Retention rule", "Security measures",
                "Processing activities", "Status", "Next review"), rows(data.assets().stream().map(a -> neutral(List.of(
                IcoTemplate.text(a.path("reference").asText(null)), IcoTemplate.text(a.path("name").asText(null)), words(a.path("assetType")),
                IcoTemplate.text(a.path("owner").path("name").asText(a.path("owner").path("role").asText(null))),
                IcoTemplate.text(a.path("businessFunction").asText(null)), IcoTemplate.text(a.path("location").asText(null)),
                IcoTemplate.text(a.path("hostingCountry").asText(null)), words(a.path("securityClassification")),
                yesNo(a.path("containsPersonalData")), yesNo(a.path("containsSpecialCategoryData")),
                IcoTemplate.text(a.path("retentionRule").path("reference").asText(null)),
                IcoTemplate.join(Snapshots.stream(a.path("securityMeasures")).map(m -> m.path("reference").asText(null))),
                IcoTemplate.join(Snapshots.stream(a.path("processingActivities")).map(m -> m.path("reference").asText(null))),
                words(a.path("status")), IcoTemplate.text(a.path("nextReviewDate").asText(null)))))));
    }

    static Table retention(RopaData data) {
        return new Table("Retention schedule", List.of("Reference", "Record series", "Function", "Trigger event", "Period", "Disposal action",
                "Retention rule in words", "Citation", "Status", "Disposal suspended (legal hold)"), rows(data.retentionRules().stream().map(r -> neutral(List.of(
                IcoTemplate.text(r.path("reference").asText(null)), IcoTemplate.text(r.path("recordSeries").asText(null)),
                IcoTemplate.text(r.path("function").asText(null)), words(r.path("triggerEvent")),
                IcoTemplate.text(r.path("period").asText(null)), words(r.path("disposalAction")),
                IcoTemplate.text(r.path("summary").asText(null)), IcoTemplate.text(r.path("rationaleCitation").asText(null)),
                words(r.path("status")), yesNo(r.path("disposalSuspended")))))));
    }

    static Table measures(RopaData data) {
        return new Table("Security measures", List.of("Reference", "Name", "Kind", "Article 32(1) points", "Description"),
                rows(data.publicMeasures().stream().map(m -> neutral(List.of(IcoTemplate.text(m.path("reference").asText(null)),
                        IcoTemplate.text(m.path("name").asText(null)), words(m.path("kind")),
                        IcoTemplate.join(Snapshots.stream(m.path("article32Points")).map(JsonNode::asText)),
                        IcoTemplate.text(m.path("description").asText(null)))))));
    }

    /** What was exported, when, by whom, with which filters; {@code activities} is how many the export held. */
    static Table about(RopaData data, int activities) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Organisation", data.organisation().path("name").asText() + " (" + data.organisation().path("id").asText() + ")"));
        rows.add(List.of("Exported at", data.exportedAt().toString()));
        rows.add(List.of("Exported by", data.exportedBy()));
        rows.add(List.of("The record as it stood at", data.asAt() == null ? "the time of export" : data.asAt().toString()));
        rows.add(List.of("Filters", data.filters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        rows.add(List.of("History head (sequence)", data.headSequence() == null ? IcoTemplate.NA : data.headSequence().toString()));
        rows.add(List.of("History head (SHA-256)", data.headHash() == null ? IcoTemplate.NA : data.headHash()));
        rows.add(List.of("Activities exported", Integer.toString(activities)));
        return new Table("About this export", List.of("Item", "Value"), rows(rows.stream().map(Tables::neutral)));
    }

    static String security(JsonNode a, Map<String, JsonNode> publicMeasures) {
        List<String> names = Snapshots.stream(a.path("securityMeasures")).map(m -> publicMeasures.get(m.path("id").asText()))
                .filter(java.util.Objects::nonNull).map(m -> m.path("name").asText()).toList();
        String description = a.path("securityDescription").asText(null);
        String text = ((description == null ? "" : description) + (names.isEmpty() ? "" : " " + String.join("; ", names))).trim();
        return IcoTemplate.text(text.isEmpty() ? null : text);
    }

    private static String contact(JsonNode c) {
        String details = List.of(c.path("email").asText(""), c.path("phone").asText("")).stream().filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        return details.isEmpty() ? "" : " (" + details + ")";
    }

    private static String words(JsonNode code) {
        return code.isTextual() ? IcoTemplate.words(code.asText()) : IcoTemplate.NA;
    }

    private static String yesNo(JsonNode value) {
        return value.asBoolean() ? "Yes" : "No";
    }

    private static Rows rows(java.util.stream.Stream<List<String>> rows) {
        List<List<String>> all = rows.toList();
        return all::forEach;
    }

    static Map<String, JsonNode> byId(List<JsonNode> nodes) {
        return nodes.stream().collect(Collectors.toMap(n -> n.path("id").asText(), Function.identity(), (x, y) -> x));
    }

    private static List<String> neutral(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::inert).toList();
    }
}
