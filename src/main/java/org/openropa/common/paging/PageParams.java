package org.openropa.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes, declared once. */
public record PageParams(
        @Parameter(description = "Entries per page, 1 to 500 (default 50)") @QueryParam("pageSize") String pageSize,
        @Parameter(description = "Token from the previous page") @QueryParam("pageToken") String pageToken) {
}
