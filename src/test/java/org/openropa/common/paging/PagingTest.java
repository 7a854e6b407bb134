package org.openropa.common.paging;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.openropa.common.problem.ApiException;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    private final Paging paging = new Paging("test-secret");

    /** A request's query string as UriInfo shows it; nothing else of UriInfo is used. */
    private static UriInfo query(Map<String, String> params) {
        MultivaluedHashMap<String, String> values = new MultivaluedHashMap<>();
        params.forEach(values::add);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getQueryParameters") ? values : null);
    }

    @Test
    void noParametersGiveTheFirstPageOfTheDefaultSize() {
        PageRequest page = paging.request(new PageParams(null, null), query(Map.of()));
        assertEquals(0, page.offset());
        assertEquals(Paging.DEFAULT_PAGE_SIZE, page.pageSize());
    }

    @Test
    void aTokenCarriesTheNextOffsetForTheSameFilters() {
        String fingerprint = paging.request(new PageParams(null, null), query(Map.of("status", "ACTIVE"))).fingerprint();
        String token = paging.encode(100, fingerprint);
        PageRequest next = paging.request(new PageParams("50", token), query(Map.of("status", "ACTIVE", "pageToken", token)));
        assertEquals(100, next.offset());
    }

    @Test
    void aTokenUsedWithOtherFiltersIsRefused() {
        String fingerprint = paging.request(new PageParams(null, null), query(Map.of("status", "ACTIVE"))).fingerprint();
        String token = paging.encode(100, fingerprint);
        ApiException e = assertThrows(ApiException.class,
                () -> paging.request(new PageParams(null, token), query(Map.of("status", "RETIRED"))));
        assertEquals("pageToken", e.errors().get(0).pointer());
    }

    @Test
    void anAlteredTokenIsRefused() {
        String token = paging.encode(100, "abc");
        String forged = new Paging("another-secret").encode(100000, "abc");
        assertThrows(ApiException.class, () -> paging.decode(forged, "abc"));
        assertThrows(ApiException.class, () -> paging.decode(token.substring(1), "abc"));
    }

    @Test
    void pageSizeOutsideOneToTheMaximumIsRefused() {
        for (String size : new String[] {"0", "501", "ten", "-1"}) {
            ApiException e = assertThrows(ApiException.class, () -> paging.request(new PageParams(size, null), query(Map.of())), size);
            assertEquals(400, e.status());
        }
    }
}
