package org.openropa.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.openropa.asset.InformationAsset;
import org.openropa.asset.InformationAssetRepository;
import org.openropa.asset.InformationAssetService;
import org.openropa.common.problem.ApiException;
import org.openropa.organisation.OrganisationResponse;
import org.openropa.organisation.OrganisationService;
import org.openropa.processing.ProcessingActivity;
import org.openropa.processing.ProcessingActivityRepository;
import org.openropa.processing.ProcessingActivityService;
import org.openropa.register.RevisionRepository;
import org.openropa.retention.RetentionRule;
import org.openropa.retention.RetentionRuleRepository;
import org.openropa.retention.RetentionRuleService;
import org.openropa.security.SecurityMeasure;
import org.openropa.security.SecurityMeasureRepository;
import org.openropa.security.SecurityMeasureService;

import java.time.Instant;
import java.util.List;

/**
 * An organisation's whole record, as the API serves it now or as history holds it at an instant, loaded in a fixed
 * number of statements whatever its size: what findings evaluate and exports write.
 */
@ApplicationScoped
public class RecordLoader {

    /** The record: every entry as JSON, as the API serves (or served) it. */
    public record Record(JsonNode organisation, List<JsonNode> activities, List<JsonNode> assets, List<JsonNode> retentionRules,
                         List<JsonNode> securityMeasures) {
    }

    private final OrganisationService organisations;
    private final ProcessingActivityService activities;
    private final ProcessingActivityRepository activityRepository;
    private final InformationAssetService assets;
    private final InformationAssetRepository assetRepository;
    private final RetentionRuleService rules;
    private final RetentionRuleRepository ruleRepository;
    private final SecurityMeasureService measures;
    private final SecurityMeasureRepository measureRepository;
    private final RevisionRepository revisions;
    private final ObjectMapper mapper;

    public RecordLoader(OrganisationService organisations, ProcessingActivityService activities, ProcessingActivityRepository activityRepository,
                        InformationAssetService assets, InformationAssetRepository assetRepository, RetentionRuleService rules,
                        RetentionRuleRepository ruleRepository, SecurityMeasureService measures, SecurityMeasureRepository measureRepository,
                        RevisionRepository revisions, ObjectMapper mapper) {
        this.organisations = organisations;
        this.activities = activities;
        this.activityRepository = activityRepository;
        this.assets = assets;
        this.assetRepository = assetRepository;
        this.rules = rules;
        this.ruleRepository = ruleRepository;
        this.measures = measures;
        this.measureRepository = measureRepository;
        this.revisions = revisions;
        this.mapper = mapper;
    }

    /** The record now (asAt null) or as it stood at the instant; 404 when the organisation did not exist then. */
    @Transactional
    public Record load(String organisationId, Instant asAt) {
        Record registers = loadWithoutActivities(organisationId, asAt, true);
        List<JsonNode> all = asAt == null ? trees(activities.toResponses(activityRepository.list("organisationId", organisationId)))
                : revisions.entriesAsAt(organisationId, ProcessingActivity.TYPE.code(), asAt);
        return new Record(registers.organisation(), all, registers.assets(), registers.retentionRules(), registers.securityMeasures());
    }

    /**
     * The organisation and the registers its activities refer to (assets, retention rules, security measures), now or as
     * they stood at the instant, with no activities: for a reader that walks the activities itself. Without
     * {@code wholeAssets}, the assets as now are only their ids, references, names and locations.
     */
    @Transactional
    public Record loadWithoutActivities(String organisationId, Instant asAt, boolean wholeAssets) {
        if (asAt == null) {
            return new Record(mapper.valueToTree(OrganisationResponse.of(organisations.require(organisationId))), List.of(),
                    wholeAssets ? trees(assets.toResponses(assetRepository.list("organisationId", organisationId))) : assetLocations(organisationId),
                    trees(rules.toResponses(ruleRepository.list("organisationId", organisationId))),
                    trees(measures.toResponses(measureRepository.list("organisationId", organisationId))));
        }
        organisations.require(organisationId);
        return new Record(revisions.entryAsAt(organisationId, "ORGANISATION", organisationId, asAt)
                .orElseThrow(() -> ApiException.notFound("There was no organisation '" + organisationId + "' at " + asAt + ".")),
                List.of(),
                revisions.entriesAsAt(organisationId, InformationAsset.TYPE.code(), asAt),
                revisions.entriesAsAt(organisationId, RetentionRule.TYPE.code(), asAt),
                revisions.entriesAsAt(organisationId, SecurityMeasure.TYPE.code(), asAt));
    }

    /** The assets as far as an activity's row names them: id, reference, name and location (one light statement). */
    private List<JsonNode> assetLocations(String organisationId) {
        return assetRepository.locations(organisationId).stream().map(row -> {
            var node = mapper.createObjectNode().put("id", row[0].toString()).put("reference", (String) row[1]).put("name", (String) row[2]);
            return (JsonNode) (row[3] == null ? node : node.put("location", (String) row[3]));
        }).toList();
    }

    private List<JsonNode> trees(List<?> values) {
        return values.stream().map(v -> (JsonNode) mapper.valueToTree(v)).toList();
    }
}
