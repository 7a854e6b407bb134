package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.openropa.register.Snapshots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ICO's controller documentation template (domain.md section 2.1): the group headers of row 8, the 30 headings
 * of row 9 (columns A to AD) in the ICO's words, and one activity as a row of cells: lists joined with "; ", yes/no
 * as "Yes"/"No", nothing as "N/A".
 */
final class IcoTemplate {

    static final String NA = "N/A";

    static final List<String> HEADINGS = List.of(
            "Business function", "Purpose of processing", "Name and contact details of joint controller (if applicable)",
            "Categories of individuals", "Categories of personal data", "Categories of recipients", "Link to contract with processor",
            "Names of third countries or international organisations that personal data are transferred to (if applicable)",
            "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
            "Retention schedule (if possible)", "General description of technical and organisational security measures (if possible)",
            "Article 6 lawful basis for processing personal data", "Article 9 condition for processing special category data",
            "Legitimate interests for the processing (if applicable)", "Link to record of legitimate interests assessment (if applicable)",
            "Rights available to individuals", "Existence of automated decision-making, including profiling (if applicable)",
            "The source of the personal data (if applicable)", "Link to record of consent", "Location of personal data",
            "Data Protection Impact Assessment required?", "Data Protection Impact Assessment progress", "Link to Data Protection Impact Assessment",
            "Has a personal data breach occurred?", "Link to record of personal data breach",
            "Data Protection Act 2018 Schedule 1 Condition for processing", "GDPR Article 6 lawful basis for processing",
            "Link to retention and erasure policy document", "Is personal data retained and erased in accordance with the policy document?",
            "Reasons for not adhering to policy document (if applicable)");

    /** Row 8: each group header and the first column (0-based) it stands over. */
    static final Map<Integer, String> GROUPS = Map.of(
            0, "Article 30 Record of Processing Activities", 11, "Privacy Notices", 18, "Consent", 19, "Access Requests",
            20, "Data Protection Impact Assessments", 23, "Personal Data Breaches",
            25, "Data Protection Act 2018 - Special Category or Criminal Conviction and Offence data");

    private IcoTemplate() {
    }

    /** One activity's row: 30 cells, columns A to AD. */
    static List<String> row(JsonNode a, Map<String, JsonNode> assetsById, Map<String, JsonNode> publicMeasuresById, Labels labels) {
        List<String> cells = new ArrayList<>(30);
        boolean part3 = "DPA2018_PART3_LAW_ENFORCEMENT".equals(a.path("regime").asText());
        cells.add(text(a.hasNonNull("businessFunction") ? labels.businessFunction(a.path("businessFunction").asText()) : null));
        cells.add(join(Snapshots.stream(a.path("purposes")).map(p -> p.path("description").asText(null))));
        cells.add(join(Snapshots.stream(a.path("jointControllers")).map(IcoTemplate::contact)));
        cells.add(join(Snapshots.stream(a.path("dataSubjectCategories")).map(c -> c.path("name").asText(null))));
        cells.add(join(Snapshots.stream(a.path("personalDataCategories")).map(c -> c.path("name").asText(null)
                + (c.hasNonNull("specialCategory") ? " (special category)" : "") + (c.path("criminalOffence").asBoolean() ? " (criminal offence)" : ""))));
        cells.add(join(Snapshots.stream(a.path("recipients")).map(r -> r.path("name").asText(null))));
        cells.add(join(Snapshots.stream(a.path("processors")).map(p -> p.hasNonNull("contractUrl") ? p.path("name").asText() + ": " + p.path("contractUrl").asText() : null)));
        cells.add(join(Snapshots.stream(a.path("transfers")).map(t -> t.path("countryName").asText(t.path("internationalOrganisation").asText(null)))));
        cells.add(join(Snapshots.stream(a.path("transfers")).map(t -> t.hasNonNull("mechanism")
                ? labels.mechanism(t.path("mechanism").asText()) + (t.hasNonNull("safeguardsUrl") ? " (" + t.path("safeguardsUrl").asText() + ")" : "") : null)));
        cells.add(join(Snapshots.stream(a.path("retentionRules")).map(l -> (l.hasNonNull("personalDataCategory") ? l.path("personalDataCategory").asText() + ": " : "")
                + l.path("summary").asText())));
        cells.add(Tables.security(a, publicMeasuresById));
        String bases = part3 ? text(a.path("lawEnforcement").path("section35Basis").isMissingNode() ? null
                : "DPA 2018 s.35(2): " + labels.section35(a.path("lawEnforcement").path("section35Basis").asText()))
                : join(Snapshots.stream(a.path("purposes")).map(p -> p.hasNonNull("lawfulBasis") ? labels.basis(p.path("lawfulBasis").asText())
                + (p.hasNonNull("legalReference") ? " (" + p.path("legalReference").asText() + ")" : "") : null).distinct());
        cells.add(bases);
        cells.add(part3 ? join(Snapshots.stream(a.path("lawEnforcement").path("sensitiveProcessingConditions")).map(c -> labels.schedule8(c.asText())))
                : join(Snapshots.stream(a.path("specialCategoryConditions")).map(c -> labels.article9(c.asText()))));
        cells.add(text(a.path("legitimateInterests").asText(null)));
        cells.add(text(a.path("legitimateInterestsAssessmentUrl").asText(null)));
        cells.add(join(Snapshots.stream(a.path("rights")).map(r -> labels.right(r.asText()))));
        JsonNode adm = a.path("automatedDecisionMaking");
        cells.add(adm.path("exists").asBoolean() ? "Yes" + (adm.hasNonNull("logicSummary") ? ": " + adm.path("logicSummary").asText() : "") : "No");
        cells.add(join(Snapshots.stream(a.path("sources")).map(s -> s.hasNonNull("description") ? s.path("description").asText() : s.path("type").asText(null))));
        cells.add(text(a.path("consentRecordUrl").asText(null)));
        cells.add(join(Snapshots.stream(a.path("informationAssets")).map(l -> {
            JsonNode asset = assetsById.get(l.path("id").asText());
            String location = asset == null ? null : asset.path("location").asText(null);
            return l.path("name").asText() + (location == null ? "" : " (" + location + ")");
        })));
        JsonNode dpia = a.path("dpia");
        cells.add(dpia.isMissingNode() || dpia.isNull() ? NA : dpia.path("required").asBoolean() ? "Yes" : "No");
        cells.add(text(dpia.hasNonNull("status") ? words(dpia.path("status").asText()) : null));
        cells.add(text(dpia.path("url").asText(null)));
        cells.add(a.path("breachRecords").size() > 0 ? "Yes" : "No");
        cells.add(join(Snapshots.stream(a.path("breachRecords")).map(b -> b.path("recordUrl").asText(null))));
        boolean schedule1Data = Snapshots.stream(a.path("personalDataCategories")).anyMatch(c -> c.hasNonNull("specialCategory") || c.path("criminalOffence").asBoolean());
        if (schedule1Data && !part3) {
            List<String> conditions = new ArrayList<>(Snapshots.stream(a.path("schedule1Conditions")).map(c -> labels.schedule1(c.asText())).toList());
            Snapshots.stream(a.path("criminalOffenceData").path("schedule1Conditions")).map(c -> labels.schedule1(c.asText()))
                    .filter(c -> !conditions.contains(c)).forEach(conditions::add);
            cells.add(join(conditions.stream()));
            cells.add(bases);
            JsonNode apd = a.path("appropriatePolicyDocument");
            cells.add(text(apd.path("url").asText(null)));
            cells.add(apd.path("compliant").isBoolean() ? (apd.path("compliant").asBoolean() ? "Yes" : "No") : NA);
            cells.add(text(apd.path("nonComplianceReason").asText(null)));
        } else {
            for (int i = 0; i < 5; i++) {
                cells.add(NA);
            }
        }
        return cells;
    }

    private static String contact(JsonNode c) {
        return List.of(c.path("name").asText(""), c.path("email").asText(""), c.path("phone").asText("")).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
    }

    static String join(java.util.stream.Stream<String> values) {
        String joined = values.filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("; "));
        return joined.isEmpty() ? NA : joined;
    }

    /** An enum code as a person reads it: SIGNED_OFF as "Signed off". */
    static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NA : value;
    }

    /** The words a person reads for the codes the API stores. */
    interface Labels {
        String basis(String code);

        String article9(String code);

        String schedule1(String code);

        String schedule8(String code);

        String mechanism(String code);

        String right(String code);

        String section35(String code);

        /** The organisation's name for one of its business functions. */
        String businessFunction(String reference);
    }
}
