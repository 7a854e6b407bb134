package org.openropa.common;

import org.openropa.common.database.EmbeddedDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded database the run command uses: data kept between runs, and one instance per data directory. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartAndASecondInstanceIsRefused() throws Exception {
        Path dataDir = folder.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password())) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('still here')");
            }
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(dataDir));
            assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password());
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }
}
