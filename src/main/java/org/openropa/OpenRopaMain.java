package org.openropa;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;
import org.openropa.common.database.EmbeddedDatabase;
import org.openropa.common.database.EmbeddedDatabaseShutdown;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Entry point. With no JDBC URL configured it starts the embedded PostgreSQL (data kept under
 * {@code openropa.embedded-db.data-dir}, default {@code .openropa/pgdata}) and points the datasource at it
 * before Quarkus starts; with {@code QUARKUS_DATASOURCE_JDBC_URL} set it starts nothing.
 */
@QuarkusMain
public class OpenRopaMain {

    private static final Logger LOG = Logger.getLogger(OpenRopaMain.class);

    public static void main(String... args) {
        // Quarkus' root handler answers a URI that java.net.URI refuses (a malformed percent-escape) with a bare 400;
        // without that check such a request reaches RequestLimits, which answers it with a problem.
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        if (externalDatabaseConfigured()) {
            LOG.infof("Using the PostgreSQL server at %s", setting("quarkus.datasource.jdbc.url"));
            Quarkus.run(args);
            return;
        }
        Path dataDir = Path.of(orDefault(setting("openropa.embedded-db.data-dir"), ".openropa/pgdata"));
        EmbeddedDatabase db;
        try {
            db = EmbeddedDatabase.start(dataDir);
        } catch (IllegalStateException e) {
            System.err.println("OpenROPA cannot start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (Exception e) {
            System.err.println("OpenROPA cannot start the embedded PostgreSQL in " + dataDir.toAbsolutePath() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", db.username());
        System.setProperty("quarkus.datasource.password", db.password());
        // The demo organisation is on for the zero-configuration run unless switched off explicitly.
        if (setting("openropa.demo-data.enabled") == null) {
            System.setProperty("openropa.demo-data.enabled", "true");
        }
        // A local run is never locked out: with no key yet and none configured, an ADMIN key is generated, printed once
        // and kept beside the data (a configured server never gets one printed).
        if (setting("openropa.generated-admin-key-file") == null) {
            System.setProperty("openropa.generated-admin-key-file", dataDir.toAbsolutePath().getParent().resolve("admin-api-key").toString());
        }
        LOG.infof("Using the embedded PostgreSQL 17 at %s with data in %s", db.jdbcUrl(), db.dataDirectory());

        // PostgreSQL stops after Quarkus has shut down gracefully (EmbeddedDatabaseShutdown); the hook is the
        // fallback for a JVM that exits without a Quarkus shutdown, e.g. when start-up fails.
        EmbeddedDatabaseShutdown.register(db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedDatabaseShutdown.awaitQuarkusStopped(Duration.ofSeconds(45));
            EmbeddedDatabaseShutdown.closeNow();
        }, "openropa-embedded-db-stop"));
        try {
            Quarkus.run(args);
        } finally {
            EmbeddedDatabaseShutdown.closeNow();
        }
    }

    static boolean externalDatabaseConfigured() {
        String url = setting("quarkus.datasource.jdbc.url");
        return url != null && !url.isBlank();
    }

    /** Reads a setting from a system property or its environment-variable form, as MicroProfile Config would. */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
