package org.openropa.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list: the entries, the token for the next page (absent on the last) and the total count. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque token for the next page; absent on the last page") String nextPageToken,
        @Schema(description = "Number of entries matching the filters across all pages") long totalSize) {
}
