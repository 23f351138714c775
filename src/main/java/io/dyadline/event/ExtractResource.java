package io.dyadline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.article.ArticleConfig;
import io.dyadline.article.ArticleFormat;
import io.dyadline.article.PublicationDates;
import io.dyadline.common.Bodies;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import io.dyadline.extraction.Document;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.LocalDate;

@Path("/api/extract")
@Tag(name = "Extraction", description = "Try the extractor on any text; nothing is stored")
public class ExtractResource {

    private final ExtractionService extractor;
    private final ArticleConfig config;
    private final ObjectMapper json;

    public ExtractResource(ExtractionService extractor, ArticleConfig config, ObjectMapper json) {
        this.extractor = extractor;
        this.config = config;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract time expressions and events from a text",
            description = "Answers {\"timexes\": [...], \"events\": [...]}. Offsets are UTF-16 character offsets into text.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractView.class)))
    @APIResponse(responseCode = "400", description = "No text, or malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than the article limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A publication date that does not exist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = ExtractRequest.class)))
    public ExtractView extract(InputStream body) {
        ExtractRequest request = read(Bodies.read(body, config.maxBytes()));
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("text", "There is no text to analyse");
        }
        LocalDate published = request.publishedAt() == null || request.publishedAt().isBlank() ? null
                : PublicationDates.require(request.publishedAt(), "publishedAt");
        return ExtractView.of(extractor.extract(new Document(request.title(), request.text(), published)));
    }

    private ExtractRequest read(byte[] body) {
        try {
            return json.readValue(ArticleFormat.decode(body), ExtractRequest.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest(null, "Malformed JSON: " + e.getOriginalMessage());
        }
    }
}
