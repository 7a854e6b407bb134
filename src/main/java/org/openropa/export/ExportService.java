package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.access.Callers;
import org.openropa.reference.ReferenceData;
import org.openropa.reference.ReferenceList;
import org.openropa.history.RecordLoader;
import org.openropa.processing.ActivitySelection;
import org.openropa.processing.ActivityStatus;
import org.openropa.processing.ProcessingActivity;
import org.openropa.processing.ProcessingActivityService;
import org.openropa.processing.RecordType;
import org.openropa.register.RevisionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an export holds, in a fixed number of statements, as the record is or as it stood at an instant. The registers
 * activities refer to are loaded at once; the activities themselves are walked while the export is written.
 */
@ApplicationScoped
public class ExportService {

    private final RecordLoader records;
    private final ProcessingActivityService activities;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final RevisionRepository revisions;
    private final ReferenceData reference;
    private final Callers callers;
    private final Clock clock;

    public ExportService(RecordLoader records, ProcessingActivityService activities, com.fasterxml.jackson.databind.ObjectMapper mapper,
                         RevisionRepository revisions, ReferenceData reference, Callers callers, Clock clock) {
        this.records = records;
        this.activities = activities;
        this.mapper = mapper;
        this.revisions = revisions;
        this.reference = reference;
        this.callers = callers;
        this.clock = clock;
    }

    /**
     * @param status         activities of this status (ACTIVE by default; ALL for every one)
     * @param recordType     CONTROLLER or PROCESSOR, or null for both
     * @param businessFunction only this business function, or null
     * @param references     only these references, or empty for every one
     * @param wholeAssets    the assets in full (a sheet or list of them), not just where each keeps its data
     */
    @Transactional
    public RopaData load(String organisationId, String status, String recordType, String businessFunction, List<String> references, Instant asAt,
                         boolean wholeAssets) {
        RecordLoader.Record record = records.loadWithoutActivities(organisationId, asAt, wholeAssets);
        Activities chosen;
        if (asAt == null) {
            ActivitySelection selection = new ActivitySelection(status.equals("ALL") ? null : ActivityStatus.valueOf(status),
                    recordType == null ? null : RecordType.valueOf(recordType), businessFunction, references);
            chosen = each -> activities.forEachInRecordOrder(organisationId, selection, a -> each.accept(mapper.valueToTree(a)));
        } else {
            // History keeps each entry as a snapshot: the record as it stood is read whole and chosen here.
            Set<String> wanted = Set.copyOf(references);
            List<JsonNode> past = revisions.entriesAsAt(organisationId, ProcessingActivity.TYPE.code(), asAt).stream()
                    .filter(a -> status.equals("ALL") || status.equals(a.path("status").asText()))
                    .filter(a -> recordType == null || recordType.equals(a.path("recordType").asText()))
                    .filter(a -> businessFunction == null || businessFunction.equals(a.path("businessFunction").asText()))
                    .filter(a -> wanted.isEmpty() || wanted.contains(a.path("reference").asText()))
                    .sorted(Comparator.comparing((JsonNode a) -> a.path("businessFunction").asText("~"))
                            .thenComparing(a -> a.path("name").asText().toLowerCase()))
                    .toList();
            chosen = past::forEach;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status);
        if (recordType != null) {
            filters.put("recordType", recordType);
        }
        if (businessFunction != null) {
            filters.put("businessFunction", businessFunction);
        }
        if (!references.isEmpty()) {
            filters.put("reference", String.join(", ", references));
        }
        Object[] head = revisions.head(organisationId).orElse(null);
        if (asAt != null) {
            head = revisions.headAt(organisationId, asAt).orElse(null);
        }
        return new RopaData(record.organisation(), chosen, sortByReference(record.assets()), sortByReference(record.retentionRules()),
                sortByReference(record.securityMeasures().stream().filter(m -> "PUBLIC".equals(m.path("visibility").asText())).toList()),
                Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), callers.current().actor(), asAt, filters,
                head == null ? null : ((Number) head[0]).longValue(), head == null ? null : (String) head[1]);
    }

    /** The reference data's labels, so cells read as the law does rather than as codes. */
    IcoTemplate.Labels labels(JsonNode organisation) {
        java.util.Map<String, String> functions = new java.util.HashMap<>();
        organisation.path("businessFunctions").forEach(f -> functions.put(f.path("reference").asText(), f.path("name").asText()));
        return new IcoTemplate.Labels() {
            @Override
            public String businessFunction(String reference) {
                return functions.getOrDefault(reference, reference);
            }

            @Override
            public String basis(String code) {
                return label(ReferenceList.LAWFUL_BASES, code, true);
            }

            @Override
            public String article9(String code) {
                return label(ReferenceList.SPECIAL_CATEGORY_CONDITIONS, code, true);
            }

            @Override
            public String schedule1(String code) {
                return paragraph(ReferenceList.SCHEDULE_1_CONDITIONS, "Schedule 1", code);
            }

            @Override
            public String schedule8(String code) {
                return paragraph(ReferenceList.SCHEDULE_8_CONDITIONS, "Schedule 8", code);
            }

            @Override
            public String mechanism(String code) {
                return label(ReferenceList.TRANSFER_MECHANISMS, code, false);
            }

            @Override
            public String right(String code) {
                return label(ReferenceList.DATA_SUBJECT_RIGHTS, code, false);
            }

            @Override
            public String section35(String code) {
                return code.equals("CONSENT") ? "consent" : "necessary for a task carried out for a law enforcement purpose by a competent authority";
            }
        };
    }

    /** A DPA 2018 schedule condition as the Act names it: "Schedule 1 paragraph 18: Safeguarding of children...". */
    private String paragraph(ReferenceList list, String schedule, String code) {
        return reference.find(list, code).map(e -> schedule + " paragraph " + e.paragraph() + ": " + e.label()).orElse(code);
    }

    private String label(ReferenceList list, String code, boolean withArticle) {
        return reference.find(list, code).map(e -> withArticle && e.article() != null ? "Article " + e.article() + " " + e.label() : e.label()).orElse(code);
    }

    private static List<JsonNode> sortByReference(List<JsonNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing(n -> n.path("reference").asText())).toList();
    }

}
