package io.dyadline.bulk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import io.dyadline.common.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;

@Path("/api/articles/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class BulkResource {

    static final String JSON_LINES = "application/x-ndjson";

    private final ImportService imports;

    public BulkResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({JSON_LINES, "application/jsonl", "application/json-lines", "application/x-jsonlines"})
    @Operation(summary = "Import articles from JSON Lines",
            description = "One article object per line, the JSON shape of POST /api/articles. The upload is streamed to "
                    + "disk, then imported in batches: duplicates are skipped and each failed line is reported with its "
                    + "reason. Answers 202 with the import job to poll, or 200 with the finished job when wait=true.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import job",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200", description = "With wait=true: the finished import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "Larger than dyadline.imports.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportView> bulk(InputStream body,
                                         @Parameter(description = "Import before answering") @RestQuery boolean wait,
                                         @Parameter(description = "A name for the upload, shown in the job") @RestQuery String name,
                                         UriInfo uri) {
        return ImportResource.accepted(imports.startJsonLines(body, name, wait), wait, uri);
    }

}
