package io.dyadline.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commits are written before they are acknowledged, whatever the H2 URL says. */
@QuarkusTest
class H2DurabilityTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyConnectionOfTheServiceWritesCommitsAtOnce() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals(0, H2Durability.writeDelay(c));
        }
    }

    @Test
    void aDatabaseThatDelaysItsWritesIsRefused(@TempDir Path dir) throws Exception {
        // H2's default, as a file URL that names no write delay opens it
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("delayed").toAbsolutePath(), "sa", "")) {
            assertEquals(500, H2Durability.writeDelay(c));
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> H2Durability.requireNoWriteDelay(c));
            assertTrue(refused.getMessage().contains("WRITE_DELAY 0"), refused.getMessage());
            try (Statement st = c.createStatement()) {
                st.execute("SET WRITE_DELAY 0");
            }
            assertDoesNotThrow(() -> H2Durability.requireNoWriteDelay(c));
        }
    }
}
