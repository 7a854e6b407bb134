package org.openropa.findings;

import com.fasterxml.jackson.databind.JsonNode;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceEntry;
import org.openropa.reference.ReferenceList;
import org.openropa.register.Snapshots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates every rule over one organisation's register in memory, once its entries are loaded (as the API serves
 * them, or as history holds them for an instant). Pure: no queries, so the cost in statements never grows.
 */
final class RegisterCheck {

    private static final Set<String> SAFEGUARDS = Set.of("INFORM", "REPRESENTATIONS", "HUMAN_INTERVENTION", "CONTEST");

    private final ReferenceData reference;
    private final LocalDate today;
    private final List<Finding> findings = new ArrayList<>();

    RegisterCheck(ReferenceData reference, LocalDate today) {
        this.reference = reference;
        this.today = today;
    }

    List<Finding> run(JsonNode organisation, List<JsonNode> activities, List<JsonNode> assets, Map<String, JsonNode> rulesById) {
        checkOrganisation(organisation);
        Map<String, JsonNode> assetsById = assets.stream().collect(Collectors.toMap(a -> a.path("id").asText(), a -> a, (x, y) -> x));
        for (JsonNode a : activities) {
            checkActivity(organisation, a, rulesById, assetsById);
        }
        for (JsonNode a : assets) {
            checkAsset(a);
        }
        return findings;
    }

    private void checkOrganisation(JsonNode o) {
        if (o.path("publicAuthority").asBoolean() && !present(o.path("dataProtectionOfficer"))) {
            add(Rules.NO_DPO, "ORGANISATION", o, "Organisation '" + o.path("id").asText() + "' is a public authority but records no data protection officer.");
        }
        if (!present(o.path("icoRegistrationNumber"))) {
            add(Rules.NO_ICO_REGISTRATION, "ORGANISATION", o, "Organisation '" + o.path("id").asText() + "' records no ICO registration number.");
        }
        JsonNode c = o.path("complaints");
        if (!present(c.path("url")) && !present(c.path("email")) && !present(c.path("address"))) {
            add(Rules.NO_COMPLAINTS_ROUTE, "ORGANISATION", o, "Organisation '" + o.path("id").asText() + "' records no route for data protection complaints.");
        }
    }

    private void checkActivity(JsonNode org, JsonNode a, Map<String, JsonNode> rulesById, Map<String, JsonNode> assetsById) {
        String ref = a.path("reference").asText();
        boolean part3 = "DPA2018_PART3_LAW_ENFORCEMENT".equals(a.path("regime").asText());
        boolean processorRecord = "PROCESSOR".equals(a.path("recordType").asText());
        List<JsonNode> purposes = Snapshots.stream(a.path("purposes")).toList();
        Set<String> bases = purposes.stream().map(p -> p.path("lawfulBasis").asText("")).filter(b -> !b.isEmpty()).collect(Collectors.toSet());
        Set<String> art9 = texts(a.path("specialCategoryConditions"));
        boolean specialData = Snapshots.stream(a.path("personalDataCategories")).anyMatch(c -> present(c.path("specialCategory")));
        boolean criminalData = Snapshots.stream(a.path("personalDataCategories")).anyMatch(c -> c.path("criminalOffence").asBoolean());

        if (!processorRecord && purposes.isEmpty()) {
            add(Rules.NO_PURPOSE, a, ref + " states no purpose of the processing.");
        }
        if (part3) {
            JsonNode le = a.path("lawEnforcement");
            if (!present(le.path("section35Basis"))) {
                add(Rules.PART3_BASIS, a, ref + " is a law-enforcement record with no section 35 basis.");
            }
            if (specialData && (texts(le.path("sensitiveProcessingConditions")).isEmpty() || !present(le.path("appropriatePolicyDocument").path("url")))) {
                add(Rules.PART3_SENSITIVE, a, ref + " processes sensitive data for law enforcement without "
                        + (texts(le.path("sensitiveProcessingConditions")).isEmpty() ? "a Schedule 8 condition" : "an appropriate policy document") + ".");
            }
            if (!present(le.path("loggingStatement"))) {
                add(Rules.PART3_LOGGING, a, ref + " does not say how its processing is logged.");
            }
        } else if (!processorRecord) {
            for (int i = 0; i < purposes.size(); i++) {
                JsonNode p = purposes.get(i);
                String basis = p.path("lawfulBasis").asText("");
                if (basis.isEmpty()) {
                    add(Rules.NO_LAWFUL_BASIS, a, ref + ": purpose '" + p.path("description").asText() + "' has no lawful basis.");
                }
                if (basis.equals("EA_RECOGNISED_LEGITIMATE_INTEREST") && !present(p.path("recognisedLegitimateInterestCondition"))) {
                    add(Rules.RLI_CONDITION, a, ref + ": purpose '" + p.path("description").asText() + "' relies on recognised legitimate interest without naming its Annex 1 condition.");
                }
            }
            if (org.path("publicAuthority").asBoolean()) {
                bases.stream().filter(b -> b.equals("F_LEGITIMATE_INTERESTS") || b.equals("EA_RECOGNISED_LEGITIMATE_INTEREST")).sorted().forEach(b ->
                        add(Rules.PUBLIC_AUTHORITY_LI, a, ref + " relies on " + article(b) + " although the organisation is a public authority."));
            }
            if (specialData && art9.isEmpty()) {
                add(Rules.ART9_MISSING, a, ref + " processes special category data (" + String.join(", ", specialCategories(a))
                        + ") with no Article 9 condition.");
            }
            Set<String> schedule1 = texts(a.path("schedule1Conditions"));
            for (String c : art9) {
                boolean needs = reference.find(ReferenceList.SPECIAL_CATEGORY_CONDITIONS, c).map(ReferenceEntry::requiresSchedule1Condition).orElse(false);
                if (needs && schedule1.isEmpty()) {
                    add(Rules.SCHEDULE1_MISSING, a, ref + " relies on Article " + reference.find(ReferenceList.SPECIAL_CATEGORY_CONDITIONS, c)
                            .map(ReferenceEntry::article).orElse(c) + " with no DPA 2018 Schedule 1 condition.");
                }
            }
            Set<String> allSchedule1 = new java.util.TreeSet<>(schedule1);
            allSchedule1.addAll(texts(a.path("criminalOffenceData").path("schedule1Conditions")));
            List<String> needingApd = allSchedule1.stream().filter(c -> reference.find(ReferenceList.SCHEDULE_1_CONDITIONS, c)
                    .map(ReferenceEntry::appropriatePolicyDocumentRequired).orElse(false)).toList();
            JsonNode apd = a.path("appropriatePolicyDocument");
            if (!needingApd.isEmpty() && !present(apd.path("url"))) {
                add(Rules.APD_MISSING, a, ref + " relies on " + String.join(", ", needingApd) + " with no appropriate policy document.");
            }
            if (present(apd) && apd.path("compliant").isBoolean() && !apd.path("compliant").asBoolean() && !present(apd.path("nonComplianceReason"))) {
                add(Rules.APD_NOT_COMPLIANT, a, ref + " is marked not compliant with its appropriate policy document, with no reason.");
            }
            JsonNode cod = a.path("criminalOffenceData");
            if (criminalData && !(cod.path("officialAuthority").asBoolean() || !texts(cod.path("schedule1Conditions")).isEmpty())) {
                add(Rules.ART10_MISSING, a, ref + " processes criminal offence data with neither official authority nor a Schedule 1 condition.");
            }
            if (bases.contains("F_LEGITIMATE_INTERESTS") && !present(a.path("legitimateInterestsAssessmentUrl"))) {
                add(Rules.LIA_MISSING, a, ref + " relies on legitimate interests with no assessment linked.");
            }
            if (bases.contains("A_CONSENT") && !present(a.path("consentRecordUrl"))) {
                add(Rules.CONSENT_RECORD_MISSING, a, ref + " relies on consent with no record of consent linked.");
            }
        }
        checkTransfers(a, ref);
        if (!processorRecord && a.path("retentionRules").size() == 0) {
            add(Rules.NO_RETENTION, a, ref + " follows no retention rule.");
        }
        for (JsonNode link : Snapshots.stream(a.path("retentionRules")).toList()) {
            JsonNode rule = rulesById.get(link.path("retentionRule").path("id").asText());
            if (rule != null && ("RETIRED".equals(rule.path("status").asText()) || before(rule.path("nextReviewDate")))) {
                add(Rules.RETENTION_STALE, a, ref + " follows retention rule " + rule.path("reference").asText() + ", which is "
                        + ("RETIRED".equals(rule.path("status").asText()) ? "retired" : "overdue for review (" + rule.path("nextReviewDate").asText() + ")") + ".");
            }
        }
        if (a.path("securityMeasures").size() == 0 && !present(a.path("securityDescription"))) {
            add(Rules.NO_SECURITY, a, ref + " links no security measure and gives no security description.");
        }
        checkDpia(a, ref, specialData);
        checkAutomatedDecisions(a, ref, bases, art9);
        for (JsonNode p : Snapshots.stream(a.path("processors")).toList()) {
            if (!present(p.path("contractUrl"))) {
                add(Rules.PROCESSOR_CONTRACT, a, ref + ": processor '" + p.path("name").asText() + "' has no contract linked.");
            } else if (before(p.path("contractEndDate"))) {
                add(Rules.PROCESSOR_CONTRACT_ENDED, a, ref + ": the contract with processor '" + p.path("name").asText() + "' ended on "
                        + p.path("contractEndDate").asText() + ".");
            }
        }
        if (processorRecord && a.path("categoriesOfProcessing").size() == 0) {
            add(Rules.PROCESSOR_CATEGORIES, a, ref + " is a processor record with no categories of processing.");
        }
        for (JsonNode link : Snapshots.stream(a.path("informationAssets")).toList()) {
            JsonNode asset = assetsById.get(link.path("id").asText());
            if (asset != null && "RETIRED".equals(asset.path("status").asText())) {
                add(Rules.RETIRED_ASSET, a, ref + " uses information asset " + asset.path("reference").asText() + ", which is retired.");
            }
        }
        checkReview(a, ref);
    }

    private void checkTransfers(JsonNode a, String ref) {
        Set<String> destinations = new java.util.HashSet<>();
        for (JsonNode t : Snapshots.stream(a.path("transfers")).toList()) {
            String destination = t.path("countryName").asText(t.path("country").asText(t.path("internationalOrganisation").asText()));
            destinations.add(t.path("country").asText(""));
            String adequacy = t.path("adequacy").path("status").asText("NONE");
            String mechanism = t.path("mechanism").asText("");
            ReferenceEntry m = mechanism.isEmpty() ? null : reference.find(ReferenceList.TRANSFER_MECHANISMS, mechanism).orElse(null);
            if (adequacy.equals("FULL")) {
                continue;
            }
            if (mechanism.equals("UK_ADEQUACY_REGULATIONS") && adequacy.equals("NONE")) {
                add(Rules.ADEQUACY_CLAIMED, a, ref + ": the transfer to " + destination + " relies on adequacy, but no regulations approve transfers there.");
            } else if (mechanism.isEmpty() || mechanism.equals("NO_RESTRICTED_TRANSFER") || (mechanism.equals("UK_ADEQUACY_REGULATIONS") && !adequacy.equals("PARTIAL"))) {
                add(Rules.TRANSFER_UNPROTECTED, a, ref + ": the transfer to " + destination + " (adequacy " + adequacy.toLowerCase()
                        + ") names no Article 46 safeguard or Article 49 exception.");
            }
            if (mechanism.equals("UK_ADEQUACY_REGULATIONS") && adequacy.equals("PARTIAL") && !t.path("recipientWithinScope").asBoolean()) {
                add(Rules.PARTIAL_ADEQUACY, a, ref + ": the transfer to " + t.path("recipient").asText(destination) + " in " + destination
                        + " relies on partial adequacy; check the recipient is within it: " + t.path("adequacy").path("scopeNote").asText());
            }
            if (m != null && Boolean.TRUE.equals(m.transferRiskAssessmentRequired()) && !present(t.path("transferRiskAssessment"))) {
                add(Rules.TRA_MISSING, a, ref + ": the transfer to " + destination + " under " + m.label() + " has no transfer risk assessment.");
            }
            if (mechanism.equals("ART49_COMPELLING_LEGITIMATE_INTERESTS") && !present(t.path("safeguardsUrl"))) {
                add(Rules.ART49_SAFEGUARDS, a, ref + ": the transfer to " + destination + " on compelling legitimate interests has no documented safeguards.");
            }
        }
        for (JsonNode r : Snapshots.stream(a.path("recipients")).toList()) {
            String country = r.path("country").asText("");
            if (!country.isEmpty() && !country.equals("GB") && !destinations.contains(country)) {
                add(Rules.RECIPIENT_ABROAD, a, ref + ": recipient '" + r.path("name").asText() + "' is in " + country + " but no transfer there is recorded.");
            }
        }
    }

    private void checkDpia(JsonNode a, String ref, boolean specialData) {
        JsonNode dpia = a.path("dpia");
        Set<String> triggers = texts(dpia.path("screeningTriggers"));
        boolean largeScaleSpecial = specialData && (triggers.contains("ART35_3_B_LARGE_SCALE_SPECIAL_CATEGORY") || triggers.contains("LARGE_SCALE"));
        boolean indicators = !triggers.isEmpty() || a.path("children").asBoolean() || largeScaleSpecial;
        String status = dpia.path("status").asText("");
        boolean recorded = present(dpia.path("url")) || status.equals("NOT_REQUIRED") || status.equals("SIGNED_OFF")
                || status.equals("IN_PROGRESS") || status.equals("AWAITING_DPO_ADVICE") || status.equals("PRIOR_CONSULTATION_WITH_ICO");
        if (indicators && !recorded) {
            add(Rules.DPIA_NOT_RECORDED, a, ref + " shows high-risk indicators (" + (triggers.isEmpty() ? "children's data" : String.join(", ", new java.util.TreeSet<>(triggers)))
                    + ") but no DPIA is recorded.");
        }
        if (dpia.path("required").asBoolean() && !status.equals("SIGNED_OFF")) {
            add(Rules.DPIA_INCOMPLETE, a, ref + " requires a DPIA that is not signed off (" + (status.isEmpty() ? "no status" : status) + ").");
        }
    }

    private void checkAutomatedDecisions(JsonNode a, String ref, Set<String> bases, Set<String> art9) {
        JsonNode adm = a.path("automatedDecisionMaking");
        if (!(adm.path("significant").asBoolean() && adm.path("solelyAutomated").asBoolean())) {
            return;
        }
        Set<String> missing = new java.util.TreeSet<>(SAFEGUARDS);
        missing.removeAll(texts(adm.path("safeguards")));
        if (!missing.isEmpty()) {
            add(Rules.ADM_SAFEGUARDS, a, ref + " makes significant solely automated decisions without " + String.join(", ", missing) + ".");
        }
        if (bases.contains("EA_RECOGNISED_LEGITIMATE_INTEREST")) {
            add(Rules.ADM_RLI, a, ref + " makes significant solely automated decisions relying on recognised legitimate interest.");
        }
        if (adm.path("usesSpecialCategoryData").asBoolean() && !art9.contains("A_EXPLICIT_CONSENT") && !art9.contains("G_SUBSTANTIAL_PUBLIC_INTEREST")) {
            add(Rules.ADM_SPECIAL, a, ref + " makes significant solely automated decisions on special category data without explicit consent or Article 9(2)(g).");
        }
    }

    private void checkAsset(JsonNode a) {
        String ref = a.path("reference").asText();
        if (!present(a.path("owner").path("name")) && !present(a.path("owner").path("role"))) {
            add(Rules.ASSET_OWNER, "INFORMATION_ASSET", a, ref + " has no Information Asset Owner.");
        }
        if (a.path("containsPersonalData").asBoolean() && a.path("processingActivities").size() == 0) {
            add(Rules.ASSET_UNLINKED, "INFORMATION_ASSET", a, ref + " holds personal data but no processing activity uses it.");
        }
        checkReview(a, ref);
    }

    private void checkReview(JsonNode e, String ref) {
        String type = e.has("assetType") ? "INFORMATION_ASSET" : "PROCESSING_ACTIVITY";
        if (before(e.path("nextReviewDate"))) {
            add(Rules.REVIEW_OVERDUE, type, e, ref + " was due for review on " + e.path("nextReviewDate").asText() + ".");
        }
        if (!present(e.path("lastReviewedDate"))) {
            add(Rules.NEVER_REVIEWED, type, e, ref + " has never been reviewed.");
        }
    }

    private boolean before(JsonNode date) {
        return present(date) && LocalDate.parse(date.asText()).isBefore(today);
    }

    private String article(String basis) {
        return reference.find(ReferenceList.LAWFUL_BASES, basis).map(e -> "Article " + e.article()).orElse(basis);
    }

    private static List<String> specialCategories(JsonNode a) {
        return Snapshots.stream(a.path("personalDataCategories")).filter(c -> present(c.path("specialCategory")))
                .map(c -> c.path("specialCategory").asText()).distinct().sorted().toList();
    }

    private static Set<String> texts(JsonNode array) {
        return Snapshots.stream(array).map(JsonNode::asText).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull() && !(node.isTextual() && node.asText().isBlank())
                && !(node.isContainerNode() && node.size() == 0);
    }

    private void add(Rule rule, JsonNode activity, String message) {
        add(rule, "PROCESSING_ACTIVITY", activity, message);
    }

    private void add(Rule rule, String entryType, JsonNode entry, String message) {
        findings.add(new Finding(rule.id(), rule.severity(), entryType, entry.path("id").asText(),
                entry.path("reference").asText(entry.path("id").asText()), entry.path("name").asText(null),
                entry.path("businessFunction").asText(null), message, rule.legalReference(), rule.resolution(), false, null));
    }
}
