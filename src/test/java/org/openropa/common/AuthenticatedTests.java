package org.openropa.common;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Every test calls the API with credentials: the suite's ADMIN key (created at start-up from the test profile's
 * bootstrap key), unless the request carries its own Authorization or X-API-Key header, or asks for none with
 * {@link #NO_CREDENTIALS}.
 */
public class AuthenticatedTests implements QuarkusTestBeforeEachCallback {

    /** The test profile's bootstrap key (application.properties, %test.openropa.bootstrap-api-key). */
    public static final String ADMIN_KEY = "ork_testadmin00_suite-admin-key-for-tests-only-0123456789";

    /** A header a test sets (to any value) to send a request with no credentials at all; it is not sent. */
    public static final String NO_CREDENTIALS = "X-Test-No-Credentials";

    private static final Filter CREDENTIALS = (request, response, context) -> {
        if (request.getHeaders().hasHeaderWithName(NO_CREDENTIALS)) {
            request.removeHeader(NO_CREDENTIALS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization") && !request.getHeaders().hasHeaderWithName("X-API-Key")) {
            request.header("Authorization", "Bearer " + ADMIN_KEY);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(CREDENTIALS);
    }
}
