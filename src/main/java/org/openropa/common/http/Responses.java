package org.openropa.common.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** The HTTP shape of writes and reads: 201 + Location + ETag on create, ETag on every entry, 304 for a matching If-None-Match. */
public final class Responses {

    private Responses() {
    }

    public static Response created(UriInfo uriInfo, String entryPath, Versioned<?> v) {
        URI location = uriInfo.getBaseUriBuilder().path(entryPath).build();
        return Response.created(location).tag(ETags.of(v.version())).entity(v.body()).build();
    }

    public static Response ok(Versioned<?> v) {
        return Response.ok(v.body()).tag(ETags.of(v.version())).build();
    }

    public static Response read(Versioned<?> v, String ifNoneMatch) {
        if (ETags.noneMatchHits(ifNoneMatch, v.version())) {
            return Response.notModified(ETags.of(v.version())).build();
        }
        return ok(v);
    }

    /** A create-or-replace: 201 with Location when it created, 200 when it replaced. */
    public static Response upserted(UriInfo uriInfo, String collectionPath, String idOfBody, Versioned<?> v) {
        return v.created() ? created(uriInfo, collectionPath + "/" + idOfBody, v) : ok(v);
    }
}
