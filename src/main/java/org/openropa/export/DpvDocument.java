package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openropa.register.Snapshots;

/**
 * The record as JSON-LD in the W3C Data Privacy Vocabulary (DPV) with its eu-gdpr extension. UK concepts DPV has no
 * term for (Article 6(1)(ea), DPA 2018 Schedule 1 and 8 conditions, the IDTA) are terms of our own vocabulary,
 * served at /v1/reference/vocabulary, each linked to the nearest DPV term.
 */
final class DpvDocument {

    static final String DPV = "https://w3id.org/dpv#";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";

    private DpvDocument() {
    }

    /** Writes the document: its context, then a graph of the controller and each activity as it is read. */
    static void write(RopaData data, String vocabulary, ObjectMapper mapper, java.io.OutputStream out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            ObjectNode context = mapper.createObjectNode();
            context.put("dpv", DPV);
            context.put("eu-gdpr", GDPR);
            context.put("ropa", vocabulary);
            context.put("dct", "http://purl.org/dc/terms/");
            json.writeFieldName("@context");
            mapper.writeTree(json, context);
            String base = "urn:openropa:" + data.organisation().path("id").asText();
            json.writeArrayFieldStart("@graph");
            mapper.writeTree(json, controller(data, base, mapper));
            data.activities().write(a -> mapper.writeTree(json, process(a, base, vocabulary, mapper)));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static ObjectNode controller(RopaData data, String base, ObjectMapper mapper) {
        ObjectNode controller = mapper.createObjectNode();
        controller.put("@id", base);
        controller.put("@type", "dpv:DataController");
        controller.put("dct:title", data.organisation().path("name").asText());
        JsonNode dpo = data.organisation().path("dataProtectionOfficer");
        if (dpo.hasNonNull("name") || dpo.hasNonNull("email")) {
            ObjectNode d = controller.putObject("dpv:hasDataProtectionOfficer");
            d.put("@id", base + ":dpo");
            d.put("@type", "dpv:DataProtectionOfficer");
            d.put("dct:title", dpo.path("name").asText(dpo.path("email").asText()));
        }
        controller.put("dct:modified", data.exportedAt().toString());
        return controller;
    }

    /** One activity as a dpv:Process with its purposes, bases, data, recipients, transfers, storage and measures. */
    private static ObjectNode process(JsonNode a, String base, String vocabulary, ObjectMapper mapper) {
        ObjectNode p = mapper.createObjectNode();
        String id = base + ":processing-activity:" + a.path("id").asText();
        p.put("@id", id);
        p.put("@type", "dpv:Process");
        p.put("dct:identifier", a.path("reference").asText());
        p.put("dct:title", a.path("name").asText());
        p.putObject("dpv:hasDataController").put("@id", base);
        ArrayNode purposes = p.putArray("dpv:hasPurpose");
        ArrayNode bases = p.putArray("dpv:hasLegalBasis");
        Snapshots.stream(a.path("purposes")).forEach(u -> {
            ObjectNode purpose = purposes.addObject();
            purpose.put("@type", "dpv:Purpose");
            purpose.put("dct:description", u.path("description").asText());
            if (u.hasNonNull("lawfulBasis")) {
                bases.addObject().put("@id", lawfulBasis(u.path("lawfulBasis").asText(), vocabulary));
            }
        });
        Snapshots.stream(a.path("specialCategoryConditions")).forEach(c -> bases.addObject().put("@id", article9(c.asText())));
        Snapshots.stream(a.path("schedule1Conditions")).forEach(c -> bases.addObject().put("@id", vocabulary + "DPA2018-Schedule1-" + c.asText()));
        Snapshots.stream(a.path("lawEnforcement").path("sensitiveProcessingConditions")).forEach(c -> bases.addObject().put("@id", vocabulary + "DPA2018-Schedule8-" + c.asText()));
        if (a.path("lawEnforcement").hasNonNull("section35Basis")) {
            bases.addObject().put("@id", vocabulary + "DPA2018-s35-" + a.path("lawEnforcement").path("section35Basis").asText());
        }
        named(p.putArray("dpv:hasDataSubject"), "dpv:DataSubject", Snapshots.stream(a.path("dataSubjectCategories")).map(c -> c.path("name").asText()));
        named(p.putArray("dpv:hasPersonalData"), "dpv:PersonalData", Snapshots.stream(a.path("personalDataCategories")).map(c -> c.path("name").asText()));
        named(p.putArray("dpv:hasRecipient"), "dpv:Recipient", Snapshots.stream(a.path("recipients")).map(r -> r.path("name").asText()));
        named(p.putArray("dpv:hasDataProcessor"), "dpv:DataProcessor", Snapshots.stream(a.path("processors")).map(r -> r.path("name").asText()));
        ArrayNode countries = p.putArray("dpv:hasThirdCountry");
        ArrayNode transfers = p.putArray("dpv:hasTransferMechanism");
        Snapshots.stream(a.path("transfers")).forEach(t -> {
            ObjectNode c = countries.addObject();
            c.put("@id", vocabulary + "country-" + t.path("country").asText(t.path("internationalOrganisation").asText("unknown")));
            c.put("@type", "dpv:ThirdCountry");
            c.put("dct:title", t.path("countryName").asText(t.path("internationalOrganisation").asText("")));
            if (t.hasNonNull("mechanism")) {
                transfers.addObject().put("@id", vocabulary + "transfer-" + t.path("mechanism").asText());
            }
        });
        ArrayNode storage = p.putArray("dpv:hasStorageCondition");
        Snapshots.stream(a.path("retentionRules")).forEach(r -> {
            ObjectNode s = storage.addObject();
            s.put("@type", "dpv:StorageDuration");
            s.put("dct:description", r.path("summary").asText());
        });
        named(p.putArray("dpv:hasTechnicalOrganisationalMeasure"), "dpv:TechnicalOrganisationalMeasure",
                Snapshots.stream(a.path("securityMeasures")).map(m -> m.path("name").asText()));
        return p;
    }

    private static void named(ArrayNode into, String type, java.util.stream.Stream<String> names) {
        names.filter(n -> !n.isBlank()).forEach(n -> {
            ObjectNode node = into.addObject();
            node.put("@type", type);
            node.put("dct:title", n);
        });
    }

    /** UK GDPR Article 6(1) points as the eu-gdpr extension names them; (ea) has no EU counterpart and is ours. */
    static String lawfulBasis(String code, String vocabulary) {
        return switch (code) {
            case "A_CONSENT" -> GDPR + "A6-1-a";
            case "B_CONTRACT" -> GDPR + "A6-1-b";
            case "C_LEGAL_OBLIGATION" -> GDPR + "A6-1-c";
            case "D_VITAL_INTERESTS" -> GDPR + "A6-1-d";
            case "E_PUBLIC_TASK" -> GDPR + "A6-1-e";
            case "F_LEGITIMATE_INTERESTS" -> GDPR + "A6-1-f";
            default -> vocabulary + "UKGDPR-A6-1-ea";
        };
    }

    static String article9(String code) {
        return GDPR + "A9-2-" + Character.toLowerCase(code.charAt(0));
    }
}
