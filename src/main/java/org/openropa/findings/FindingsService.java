package org.openropa.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.asset.InformationAsset;
import org.openropa.asset.InformationAssetRepository;
import org.openropa.asset.InformationAssetService;
import org.openropa.organisation.OrganisationResponse;
import org.openropa.organisation.OrganisationService;
import org.openropa.processing.ProcessingActivity;
import org.openropa.processing.ProcessingActivityRepository;
import org.openropa.processing.ProcessingActivityService;
import org.openropa.reference.ReferenceData;
import org.openropa.retention.RetentionRule;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.retention.RetentionRuleService;
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

    private final OrganisationService organisations;
    private final ProcessingActivityService activities;
    private final ProcessingActivityRepository activityRepository;
    private final InformationAssetService assets;
    private final InformationAssetRepository assetRepository;
    private final RetentionRuleService rules;
    private final RetentionRuleRepository ruleRepository;
    private final FindingAcceptanceRepository acceptances;
    private final RevisionRepository revisions;
    private final ReferenceData reference;
    private final ObjectMapper mapper;
    private final Clock clock;

    public FindingsService(OrganisationService organisations, ProcessingActivityService activities, ProcessingActivityRepository activityRepository,
                           InformationAssetService assets, InformationAssetRepository assetRepository, RetentionRuleService rules,
                           RetentionRuleRepository ruleRepository, FindingAcceptanceRepository acceptances, RevisionRepository revisions,
                           ReferenceData reference, ObjectMapper mapper, Clock clock) {
        this.organisations = organisations;
        this.activities = activities;
        this.activityRepository = activityRepository;
        this.assets = assets;
        this.assetRepository = assetRepository;
        this.rules = rules;
        this.ruleRepository = ruleRepository;
        this.acceptances = acceptances;
        this.revisions = revisions;
        this.reference = reference;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Every finding of the organisation's register, now or as it stood at the instant, each marked when accepted. */
    @Transactional
    public List<Finding> evaluate(String organisationId, Instant asAt) {
        JsonNode organisation;
        List<JsonNode> activityNodes;
        List<JsonNode> assetNodes;
        List<JsonNode> ruleNodes;
        List<JsonNode> acceptanceNodes;
        LocalDate today;
        if (asAt == null) {
            organisation = mapper.valueToTree(OrganisationResponse.of(organisations.require(organisationId)));
            activityNodes = trees(activities.toResponses(activityRepository.list("organisationId", organisationId)));
            assetNodes = trees(assets.toResponses(assetRepository.list("organisationId", organisationId)));
            ruleNodes = trees(rules.toResponses(ruleRepository.list("organisationId", organisationId)));
            acceptanceNodes = trees(acceptances.ofOrganisation(organisationId).stream().map(FindingAcceptanceResponse::of).toList());
            today = LocalDate.now(clock);
        } else {
            organisations.require(organisationId);
            organisation = revisions.entryAsAt(organisationId, "ORGANISATION", organisationId, asAt)
                    .orElseThrow(() -> org.openropa.common.problem.ApiException.notFound("There was no organisation '" + organisationId + "' at " + asAt + "."));
            activityNodes = revisions.entriesAsAt(organisationId, ProcessingActivity.TYPE.code(), asAt);
            assetNodes = revisions.entriesAsAt(organisationId, InformationAsset.TYPE.code(), asAt);
            ruleNodes = revisions.entriesAsAt(organisationId, RetentionRule.TYPE.code(), asAt);
            acceptanceNodes = revisions.entriesAsAt(organisationId, FindingAcceptance.TYPE.code(), asAt);
            today = LocalDate.ofInstant(asAt, ZoneOffset.UTC);
        }
        Map<String, JsonNode> rulesById = ruleNodes.stream().collect(Collectors.toMap(r -> r.path("id").asText(), r -> r, (x, y) -> x));
        List<Finding> found = new RegisterCheck(reference, today).run(organisation, activityNodes, assetNodes, rulesById);
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

    private List<JsonNode> trees(List<?> values) {
        return values.stream().map(v -> (JsonNode) mapper.valueToTree(v)).toList();
    }
}
