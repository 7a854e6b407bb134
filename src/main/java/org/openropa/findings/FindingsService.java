package org.openropa.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.reference.ReferenceData;
import org.openropa.history.RecordLoader;
import org.openropa.register.RevisionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Findings are computed, never stored: the whole register is loaded in a fixed number of statements (as it is, or
 * as it stood at an instant) and every rule is evaluated over it in memory.
 */
@ApplicationScoped
public class FindingsService {

    private final RecordLoader records;
    private final FindingAcceptanceRepository acceptances;
    private final RevisionRepository revisions;
    private final ReferenceData reference;
    private final ObjectMapper mapper;
    private final Clock clock;

    public FindingsService(RecordLoader records, FindingAcceptanceRepository acceptances, RevisionRepository revisions,
                           ReferenceData reference, ObjectMapper mapper, Clock clock) {
        this.records = records;
        this.acceptances = acceptances;
        this.revisions = revisions;
        this.reference = reference;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Every finding of the organisation's register, now or as it stood at the instant, each marked when accepted. */
    @Transactional
    public List<Finding> evaluate(String organisationId, Instant asAt) {
        RecordLoader.Record record = records.load(organisationId, asAt);
        List<JsonNode> acceptanceNodes = asAt == null
                ? acceptances.ofOrganisation(organisationId).stream().map(a -> (JsonNode) mapper.valueToTree(FindingAcceptanceResponse.of(a))).toList()
                : revisions.entriesAsAt(organisationId, FindingAcceptance.TYPE.code(), asAt);
        LocalDate today = asAt == null ? LocalDate.now(clock) : LocalDate.ofInstant(asAt, ZoneOffset.UTC);
        Map<String, JsonNode> rulesById = record.retentionRules().stream().collect(Collectors.toMap(r -> r.path("id").asText(), r -> r, (x, y) -> x));
        List<Finding> found = new RegisterCheck(reference, today).run(record.organisation(), record.activities(), record.assets(), rulesById);
        LocalDate day = today;
        return found.stream().map(f -> acceptanceNodes.stream()
                .filter(a -> covers(a, f, day))
                .findFirst()
                .map(a -> f.accept(new Finding.Acceptance(a.path("id").asText(), a.path("reason").asText(), a.path("acceptedBy").asText(),
                        LocalDate.parse(a.path("expiresDate").asText()))))
                .orElse(f)).toList();
    }

    /**
     * Whether an acceptance still covers a finding: the same rule on the same entry, not expired on the day, and the
     * finding reading as it did when accepted (a change to the entry that matters to the rule brings it back).
     */
    static boolean covers(JsonNode acceptance, Finding finding, LocalDate day) {
        return acceptance.path("ruleId").asText().equals(finding.ruleId()) && acceptance.path("entryId").asText().equals(finding.entryId())
                && acceptance.path("findingMessage").asText().equals(finding.message())
                && !LocalDate.parse(acceptance.path("expiresDate").asText()).isBefore(day);
    }

}
