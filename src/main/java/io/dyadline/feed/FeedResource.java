package io.dyadline.feed;

import io.dyadline.common.Page;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds", description = "RSS and Atom feeds Dyadline follows: each new item becomes an article")
public class FeedResource {

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a feed", description = "The feed is fetched and read first; its first poll is due at "
            + "once. interval is an ISO 8601 duration (default PT30M). Needs the editor role.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "400", description = "A field that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The feed is followed already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The feed cannot be read or may not be followed (not http(s), a "
            + "private address, no answer, not RSS or Atom)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FeedView> add(FeedInput input, @Context UriInfo uri) {
        FeedView added = feeds.add(input);
        return RestResponse.ResponseBuilder.<FeedView>created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Operation(summary = "The followed feeds, with the state of their polls")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<FeedView> list(@RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                               @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        return feeds.list(page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One feed: when it was polled and will be, the last HTTP status, items seen, articles "
            + "created, duplicates, and the last error")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedView get(@RestPath long id) {
        return feeds.get(id).orElseThrow(() -> ProblemException.notFound("No feed with id " + id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a feed's url, name or interval", description = "Fields left out stay as they are; "
            + "a new url is read first. Needs the editor role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new url cannot be read, or the interval is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedView change(@RestPath long id, FeedInput input) {
        return feeds.change(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop following a feed", description = "The articles it brought stay. Needs the editor role.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> remove(@RestPath long id) {
        if (!feeds.remove(id)) {
            throw ProblemException.notFound("No feed with id " + id);
        }
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a feed now", description = "Answers when the poll is done, with the feed's new state. "
            + "Needs the editor role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A poll of the feed is running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedView poll(@RestPath long id) {
        return feeds.pollNow(id);
    }
}
