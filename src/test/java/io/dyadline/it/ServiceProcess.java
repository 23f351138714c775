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
    static final String EDITOR_PASSWORD = "restart-test-password";

    /** The Authorization header of the editor. */
    static String editorAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("editor:" + EDITOR_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private final Path dataDir;
    private final Path seedsDir;
    private final int port;
    private Process process;

    ServiceProcess(Path dataDir, Path seedsDir) throws IOException {
        this.dataDir = dataDir;
        this.seedsDir = seedsDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    void start() throws IOException, InterruptedException {
        if (!Files.exists(RUNNER)) {
            throw new IllegalStateException(RUNNER + " is missing: run the integration tests with ./mvnw verify");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dataDir.resolve("dyadline").toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "-Ddyadline.seeds.dir=" + seedsDir.toAbsolutePath(),
                "-Ddyadline.editor-password=" + EDITOR_PASSWORD,
                "-jar", RUNNER.toAbsolutePath().toString()));
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
