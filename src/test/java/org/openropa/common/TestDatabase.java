package org.openropa.common;

import org.openropa.common.database.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.util.Map;

/**
 * The PostgreSQL every test runs against: the server named by QUARKUS_DATASOURCE_JDBC_URL when set
 * (as .ci/run does with the machine's server), otherwise a throw-away embedded PostgreSQL 17.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase embedded;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return Map.of();
        }
        try {
            embedded = EmbeddedDatabase.startEphemeral();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL for tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", embedded.username(),
                "quarkus.datasource.password", embedded.password());
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                // the temporary cluster is removed with the JVM's temp files either way
            }
        }
    }
}
