package io.dyadline.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service started as a separate JVM on its own port, database file and seeds folder, so that tests can
 * kill it and start it again on the same data.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The same service built for PostgreSQL (the pom's build-pg execution): the database kind is fixed at build. */
    private static final Path PG_RUNNER = Path.of("target", "quarkus-app-pg", "quarkus-run.jar");
    static final String EDITOR_PASSWORD = "restart-test-password";
    static final String ADMIN_PASSWORD = "restart-test-admin-password";
    static final String POSTGRES_URL = "DYADLINE_TEST_POSTGRES_URL";

    /** The Authorization header of the admin, who may curate. */
    static String adminAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The Authorization header of the editor. */
    static String editorAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("editor:" + EDITOR_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Which database the service runs on. */
    enum Database {
        /** An H2 file whose URL names no write delay, as a deployment would write it. */
        H2,
        /** The PostgreSQL server named by {@value #POSTGRES_URL}, wiped at the first start. */
        POSTGRES
    }

    private final Path dataDir;
    private final Path seedsDir;
    private final Database database;
    private final int port;
    private Process process;
    private boolean started;

    ServiceProcess(Path dataDir, Path seedsDir) throws IOException {
        this(dataDir, seedsDir, Database.H2);
    }

    ServiceProcess(Path dataDir, Path seedsDir, Database database) throws IOException {
        this.dataDir = dataDir;
        this.seedsDir = seedsDir;
        this.database = database;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    void start() throws IOException, InterruptedException {
        Path runner = database == Database.POSTGRES ? PG_RUNNER : RUNNER;
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: run the integration tests with ./mvnw verify");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Ddyadline.seeds.dir=" + seedsDir.toAbsolutePath(),
                "-Ddyadline.imports.spool-dir=" + dataDir.resolve("imports").toAbsolutePath(),
                "-Ddyadline.editor-password=" + EDITOR_PASSWORD,
                "-Ddyadline.admin-password=" + ADMIN_PASSWORD));
        if (database == Database.POSTGRES) {
            command.addAll(List.of("-Dquarkus.profile=pg",
                    "-Dquarkus.datasource.jdbc.url=" + System.getenv(POSTGRES_URL),
                    "-Dquarkus.datasource.username=dyadline", "-Dquarkus.datasource.password=dyadline"));
            if (!started) {
                command.addAll(List.of("-Dquarkus.flyway.clean-at-start=true", "-Dquarkus.flyway.clean-disabled=false"));
            }
        } else {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dataDir.resolve("dyadline").toAbsolutePath());
        }
        command.addAll(List.of("-jar", runner.toAbsolutePath().toString()));
        started = true;
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()))
                .start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited: see " + dataDir.resolve("service.log"));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not become ready in 60 s");
    }

    /** Ends the JVM at once, as a crash or {@code kill -9} would: no shutdown hooks run. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
