package org.openropa.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes, declared once. */
public record PageParams(
        @Parameter(description = "Entries per page, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500")) @QueryParam("pageSize") String pageSize,
        @Parameter(description = "Token from the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_TOKEN)) @QueryParam("pageToken") String pageToken) {
}
