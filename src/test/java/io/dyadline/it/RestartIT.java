package io.dyadline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data acknowledged by the service survive a crash and a restart, and seeds are not ingested twice (see also CrashIT). */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void acknowledgedArticlesSurviveAKillAndSeedsAreIngestedOnce(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds", "000_4f724420bf2d962d.txt"), seeds.resolve("000_4f724420bf2d962d.txt"));
        long postedId;
        try (ServiceProcess service = new ServiceProcess(dir, seeds)) {
            service.start();
            assertEquals(1, total(service), "the seed is ingested at start-up");
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(service.uri("/api/articles"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", ServiceProcess.editorAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"title\":\"Iran, Oman discuss shipping\",\"publishedAt\":\"2023-09-20\","
                                    + "\"text\":\"Iran and Oman discussed shipping on Wednesday.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());
            postedId = JSON.readTree(posted.body()).get("id").asLong();
            service.kill();

            service.start();
            assertEquals(2, total(service), "nothing lost, and the seed not ingested again");
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(service.uri("/api/articles/" + postedId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode());
            assertEquals("Iran, Oman discuss shipping", JSON.readTree(read.body()).get("title").asText());
        }
    }

    private long total(ServiceProcess service) throws Exception {
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(service.uri("/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode page = JSON.readTree(list.body());
        return page.get("total").asLong();
    }
}
