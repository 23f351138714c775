import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes the class-data archive of the packaged service (pom.xml runs it at package): starts the service as the
 * README does, {@code java -jar target/quarkus-app/quarkus-run.jar} from the project folder, on a throw-away database
 * with the seeds, waits until it is ready, and stops it; the JVM writes every class it loaded to the archive as it
 * exits ({@code -XX:ArchiveClassesAtExit}). The JVM takes an archive only with the class path it was written with,
 * so the service must be started with that same relative path for {@code -XX:SharedArchiveFile} to count. Quarkus's
 * own archive ({@code quarkus.package.jar.appcds.enabled}) is written from {@code target/quarkus-app} and stops before
 * Flyway, Hibernate's start and the start-up observers run.
 *
 * <p>Run by the single-file source launcher: {@code java src/build/AppCdsTraining.java RUNNER ARCHIVE WORKDIR
 * [PROFILE]}. A build for another profile than prod (the {@code pg} build) writes no archive: its database is fixed
 * at build time and the training run has none to start on.
 */
public class AppCdsTraining {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    public static void main(String[] args) throws Exception {
        Path runner = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Path work = Path.of(args[2]);
        String profile = args.length > 3 && !args[3].isBlank() && !args[3].startsWith("${") ? args[3] : "prod";
        Files.deleteIfExists(archive);
        if (!profile.equals("prod")) {
            System.out.println("No class-data archive for the " + profile + " profile: its training needs a database");
            return;
        }
        deleteTree(work);
        Files.createDirectories(work);
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String password = UUID.randomUUID().toString();
        List<String> command = List.of(java.toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:./" + work + "/db/dyadline;DB_CLOSE_ON_EXIT=FALSE",
                "-Ddyadline.imports.spool-dir=" + work + "/imports",
                "-Ddyadline.h2.compact-at-stop=false",
                "-Ddyadline.feeds.scheduled=false",
                "-Ddyadline.admin-password=" + password,
                "-Ddyadline.editor-password=" + password,
                "-jar", runner.toString());
        Path log = work.resolve("service.log");
        Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long start = System.nanoTime();
        try {
            awaitReady(service, port, log);
            long ready = System.nanoTime();
            service.destroy();
            if (!service.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The training run did not stop; see " + log);
            }
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("The training run wrote no archive " + archive + "; see " + log);
            }
            System.out.printf("Class-data archive %s (%d MB): the service was ready in %d ms, written in %d ms%n",
                    archive, Files.size(archive) >> 20, (ready - start) / 1_000_000,
                    (System.nanoTime() - ready) / 1_000_000);
        } finally {
            service.destroyForcibly();
        }
    }

    private static void awaitReady(Process service, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The training run stopped (" + service.exitValue() + "); see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The training run was not ready within " + READY_WITHIN + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
