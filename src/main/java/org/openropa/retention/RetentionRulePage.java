package org.openropa.retention;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RetentionRulePage", requiredProperties = {"items", "totalSize"})
public record RetentionRulePage(List<RetentionRuleResponse> items, String nextPageToken, long totalSize) {
}
