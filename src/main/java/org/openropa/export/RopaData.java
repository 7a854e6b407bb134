package org.openropa.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an export holds: the organisation, the activities chosen by the filters, the registers they refer to, and its provenance. */
record RopaData(JsonNode organisation, Activities activities, List<JsonNode> assets, List<JsonNode> retentionRules,
                List<JsonNode> publicMeasures, Instant exportedAt, String exportedBy, Instant asAt, Map<String, String> filters,
                Long headSequence, String headHash) {
}
