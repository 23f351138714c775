package io.dyadline.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses to start on an H2 database that would acknowledge a commit before writing it: H2 delays writes by 500 ms
 * unless told otherwise, and a crash in that time loses what was answered 201. Every connection sets the delay to
 * 0 ({@code quarkus.datasource.jdbc.new-connection-sql}); this check catches a configuration that drops that line.
 */
@ApplicationScoped
public class H2Durability {

    private final AgroalDataSource dataSource;

    public H2Durability(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void check(@Observes @Priority(1) StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            requireNoWriteDelay(c);
        }
    }

    /** Fails when the connection is to an H2 database that delays writing its commits. */
    static void requireNoWriteDelay(Connection c) throws SQLException {
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        int delay = writeDelay(c);
        if (delay != 0) {
            throw new IllegalStateException("The H2 database writes commits " + delay + " ms after acknowledging "
                    + "them, so a crash would lose acknowledged articles: keep quarkus.datasource.jdbc."
                    + "new-connection-sql=SET WRITE_DELAY 0 (see application.properties)");
        }
        Log.debugf("H2 writes every commit before acknowledging it (WRITE_DELAY 0)");
    }

    static int writeDelay(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            if (!r.next()) {
                throw new IllegalStateException("This H2 version does not report its WRITE_DELAY");
            }
            return Integer.parseInt(r.getString(1).strip());
        }
    }
}
