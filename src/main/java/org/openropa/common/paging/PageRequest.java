package org.openropa.common.paging;

/** A validated page request: where to start and how many entries to return. */
public record PageRequest(int offset, int pageSize, String fingerprint) {
}
