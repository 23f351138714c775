package io.dyadline.bulk;

import io.dyadline.common.Page;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;


@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk imports of many articles, with progress")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    /** A folder to import, relative to the import root. */
    public record FolderRequest(@Schema(description = "A folder under the import root (dyadline.imports.root)", required = true) String path) {
    }

    @POST
    @Path("/imports/folder")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import every article file of a folder under the import root",
            description = "Files ending .txt, .md, .html or .json, in name order; the mechanism behind seeds/.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the import job",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200", description = "With wait=true: the finished import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "No path, or a path outside the import root",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such folder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportView> folder(FolderRequest request, @RestQuery boolean wait, UriInfo uri) {
        return accepted(imports.startFolder(request == null ? null : request.path(), wait), wait, uri);
    }

    @GET
    @Path("/imports/{id}")
    @Operation(summary = "An import's progress: processed, created, duplicates, failed, and the failures")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportView get(@RestPath long id) {
        return imports.get(id).orElseThrow(() -> ProblemException.notFound("No import with id " + id));
    }

    @GET
    @Path("/imports")
    @Operation(summary = "A page of imports, newest first")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<ImportView> list(@RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                 @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return imports.list(page, size);
    }

    static RestResponse<ImportView> accepted(ImportView job, boolean wait, UriInfo uri) {
        if (wait) {
            return RestResponse.ok(job);
        }
        return RestResponse.ResponseBuilder.<ImportView>accepted()
                .location(uri.getBaseUriBuilder().path("api/imports/{id}").build(job.id()))
                .entity(job).build();
    }
}
