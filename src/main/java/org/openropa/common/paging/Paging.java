package org.openropa.common.paging;

import org.openropa.common.problem.ApiException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Page sizes and opaque page tokens. A token carries the offset of the next page and a fingerprint of the
 * list's filters, signed with HMAC so a client cannot forge or edit it; a token used with other filters,
 * or altered, gives 400.
 */
@ApplicationScoped
public class Paging {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    /** Tokens this service issues are far shorter; anything longer is not one of them. */
    public static final int MAX_TOKEN = 512;

    private final SecretKeySpec key;

    public Paging(@ConfigProperty(name = "openropa.page-token.secret") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Reads pageSize and pageToken; every other query parameter of the request is part of the fingerprint. */
    public PageRequest request(PageParams page, UriInfo uriInfo) {
        return request(page, uriInfo, DEFAULT_PAGE_SIZE);
    }

    /** As {@link #request(PageParams, UriInfo)} with another default page size (reference lists serve whole lists). */
    public PageRequest request(PageParams page, UriInfo uriInfo, int defaultPageSize) {
        Map<String, List<String>> params = uriInfo.getQueryParameters();
        String size = page.pageSize();
        String token = page.pageToken();
        int pageSize = defaultPageSize;
        if (size != null) {
            try {
                pageSize = Integer.parseInt(size.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("pageSize", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
            }
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw ApiException.invalid("pageSize", "must be from 1 to " + MAX_PAGE_SIZE);
            }
        }
        if (token != null && token.length() > MAX_TOKEN) {
            throw ApiException.invalid("pageToken", "is not a page token this service issued");
        }
        String fingerprint = fingerprint(params);
        int offset = token == null || token.isEmpty() ? 0 : decode(token, fingerprint);
        return new PageRequest(offset, pageSize, fingerprint);
    }

    /** Builds the page body and a 200 response with {@code Link: <...>; rel="next"} when there is a next page. */
    public <E, T> Response respond(PageRequest request, List<E> rows, long total, Function<E, T> mapper, UriInfo uriInfo) {
        List<T> items = rows.stream().map(mapper).toList();
        return respond(request, items, total, uriInfo);
    }

    public <T> Response respond(PageRequest request, List<T> items, long total, UriInfo uriInfo) {
        int next = request.offset() + items.size();
        String token = next < total && !items.isEmpty() ? encode(next, request.fingerprint()) : null;
        Response.ResponseBuilder builder = Response.ok(new Page<>(items, token, total));
        if (token != null) {
            String link = uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("pageToken", token)
                    .replaceQueryParam("pageSize", request.pageSize())
                    .build().toString();
            builder.header("Link", "<" + link + ">; rel=\"next\"");
        }
        return builder.build();
    }

    String encode(int offset, String fingerprint) {
        String payload = offset + "." + fingerprint;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + "." + mac(payload)).getBytes(StandardCharsets.UTF_8));
    }

    int decode(String token, String fingerprint) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.");
            if (parts.length == 3) {
                String payload = parts[0] + "." + parts[1];
                if (MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) {
                    if (!parts[1].equals(fingerprint)) {
                        throw ApiException.invalid("pageToken", "was issued for a list with other filters or sort; start again without a pageToken");
                    }
                    int offset = Integer.parseInt(parts[0]);
                    if (offset >= 0) {
                        return offset;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64, or not a number
        }
        throw ApiException.invalid("pageToken", "is not a page token this service issued");
    }

    private String fingerprint(Map<String, List<String>> params) {
        TreeMap<String, List<String>> sorted = new TreeMap<>(params);
        sorted.remove("pageToken");
        sorted.remove("pageSize");
        return mac(sorted.toString()).substring(0, 12);
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
