package org.openropa.common.http;

import org.openropa.common.problem.ApiException;

import jakarta.ws.rs.core.EntityTag;

/** Strong ETags from an entry's version column, and the If-Match / If-None-Match rules of the API. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Writes need If-Match: 428 when it is missing, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        if (!matches(ifMatch, currentVersion, false)) {
            throw ApiException.preconditionFailed();
        }
    }

    /** True when an If-None-Match header names the current version (weak comparison, as RFC 9110 says for GET). */
    public static boolean noneMatchHits(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, currentVersion, true);
    }

    private static boolean matches(String header, long version, boolean weakAllowed) {
        String current = Long.toString(version);
        for (String raw : header.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                if (!weakAllowed) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
