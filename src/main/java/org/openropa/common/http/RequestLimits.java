package org.openropa.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openropa.common.problem.Problem;

import java.util.Map;

/**
 * The request line, header and body limits, answered as problems that name the limit (414, 431, 413) before any
 * other work is done. The HTTP codec's own ceilings (quarkus.http.limits.*) are set far above these so that a
 * request over a limit reaches this check; only a request over the codec's ceiling gets the codec's bare answer.
 * A body sent without a Content-Length is counted as it is read ({@link BodyLimit}).
 */
@ApplicationScoped
public class RequestLimits {

    private final ObjectMapper mapper;
    private final int requestLine;
    private final int headers;
    private final long body;

    public RequestLimits(ObjectMapper mapper,
                         @ConfigProperty(name = "openropa.limits.request-line-bytes") int requestLine,
                         @ConfigProperty(name = "openropa.limits.header-bytes") int headers,
                         @ConfigProperty(name = "openropa.limits.body-bytes") long body) {
        this.mapper = mapper;
        this.requestLine = requestLine;
        this.headers = headers;
        this.body = body;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    public long bodyLimit() {
        return body;
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > requestLine) {
            refuse(context, 414, "/problems/uri-too-long", "URI too long",
                    "The request line is " + line + " bytes; the limit is " + requestLine + " bytes. Send fewer or shorter query parameters.");
            return;
        }
        if (!wellEncoded(request.uri())) {
            refuse(context, 400, "/problems/bad-request", "Bad request",
                    "The request URI has a '%' that is not followed by two hexadecimal digits; encode '%' as %25.");
            return;
        }
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > headers) {
            refuse(context, 431, "/problems/headers-too-large", "Request header fields too large",
                    "The request headers are " + size + " bytes; the limit is " + headers + " bytes.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            refuse(context, 413, "/problems/content-too-large", "Content too large",
                    "The request body is " + length.trim() + " bytes; the limit is " + body + " bytes.");
            return;
        }
        context.next();
    }

    /**
     * Whether every '%' in the URI starts a percent-encoded octet. Quarkus' root handler would answer such a URI 400
     * with no body, before any route; with {@code vertx.disableURIValidation} (set by {@code OpenRopaMain} and the
     * build) it reaches this check and gets a problem.
     */
    static boolean wellEncoded(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > body;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed Content-Length itself
        }
    }

    /** The body is not read: the connection is closed after the answer so that what follows is not taken for a request. */
    private void refuse(RoutingContext context, int status, String type, String title, String detail) {
        String json;
        try {
            String path = context.request().path();
            json = mapper.writeValueAsString(new Problem(type, title, status, detail, path != null && path.length() <= 2000 ? path : null, null, null));
        } catch (JsonProcessingException e) {
            json = "{\"status\":" + status + "}";
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json);
    }

    /** The problem a body read past the limit gets (one sent without Content-Length, or with a false one). */
    public static org.openropa.common.problem.ApiException bodyTooLarge(long limit) {
        return new org.openropa.common.problem.ApiException(413, "/problems/content-too-large", "Content too large",
                "The request body is larger than the limit of " + limit + " bytes.", null);
    }
}
