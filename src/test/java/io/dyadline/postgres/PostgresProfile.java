package io.dyadline.postgres;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Runs the service on a real PostgreSQL server, with the same Flyway migrations: the server named by the
 * {@code DYADLINE_TEST_POSTGRES_URL} environment variable (.ci/run starts one and sets it).
 */
public class PostgresProfile implements QuarkusTestProfile {

    static final String URL_VARIABLE = "DYADLINE_TEST_POSTGRES_URL";

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = System.getenv(URL_VARIABLE);
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", url == null ? "jdbc:postgresql://localhost:5432/dyadline_test" : url,
                "quarkus.datasource.username", env("DYADLINE_TEST_POSTGRES_USER", "dyadline"),
                "quarkus.datasource.password", env("DYADLINE_TEST_POSTGRES_PASSWORD", "dyadline"),
                // H2's per-connection settings are no SQL of PostgreSQL
                "quarkus.datasource.jdbc.new-connection-sql", "",
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
