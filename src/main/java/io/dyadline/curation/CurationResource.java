package io.dyadline.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadline.common.Problem;
import io.dyadline.event.EventDocument;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/**
 * Analysts' actions on one event (the analyst role): each answers the event as it is now, with its ETag. Every action
 * takes an optional {@code If-Match}; a stale one answers 412.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curation", description = "Analysts confirm, reject, correct, merge and split events; every change is a revision")
public class CurationResource {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** A note for an action that needs nothing else. */
    public record NoteInput(String note) {
    }

    public record MergeInput(List<Long> with, String note) {
    }

    public record SplitInput(List<Long> evidence, String note) {
    }

    public record RevertInput(Integer revision, String note) {
    }

    private final CurationService curation;
    private final SecurityIdentity identity;

    public CurationResource(CurationService curation, SecurityIdentity identity) {
        this.curation = curation;
        this.identity = identity;
    }

    @POST
    @Path("/events/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Confirm an event", description = "Every field as it is now becomes the analyst's: a later "
            + "extraction that proposes otherwise flags the event 'needs review' instead of changing it. Body optional: {note}.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not an analyst", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The event was merged into the one at Location",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> confirm(@RestPath long id, NoteInput input, @HeaderParam("If-Match") String ifMatch) {
        return ok(curation.confirm(id, user(), input == null ? null : input.note(), ifMatch));
    }

    @POST
    @Path("/events/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an event", description = "{note} says why. Lists leave it out unless asked "
            + "(curation=REJECTED or any); it stays rejected when the extractor finds it again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "422", description = "No note", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> reject(@RestPath long id, NoteInput input, @HeaderParam("If-Match") String ifMatch) {
        return ok(curation.reject(id, user(), input == null ? null : input.note(), ifMatch));
    }

    @PATCH
    @Path("/events/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Correct an event", description = "A JSON merge patch of type, status, date (YYYY-MM-DD, "
            + "YYYY-MM, YYYY or {start, end, precision}), pair or countries, sectors, summary, location, with a note. "
            + "Each field set stays the analyst's; the event shows what the extractor proposes in curation.proposed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A field that cannot be changed or a value that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> patch(@RestPath long id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return ok(curation.patch(id, user(), patch, ifMatch));
    }

    @POST
    @Path("/events/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge events into this one", description = "{with: [ids], note}: this event keeps all "
            + "their evidence and sources; their ids answer 301 with this one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "422", description = "An id that is no other event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> merge(@RestPath long id, MergeInput input, @HeaderParam("If-Match") String ifMatch) {
        return ok(curation.merge(id, user(), input == null ? null : input.with(), input == null ? null : input.note(), ifMatch));
    }

    @POST
    @Path("/events/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Split evidence off into a new event", description = "{evidence: [evidence ids], note}: "
            + "they become a new event with this one's fields; answers 201 with it.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "422", description = "Evidence of another event, or all of it", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> split(@RestPath long id, SplitInput input, @HeaderParam("If-Match") String ifMatch) {
        CurationService.Split split = curation.split(id, user(), input == null ? null : input.evidence(),
                input == null ? null : input.note(), ifMatch);
        return RestResponse.ResponseBuilder.<EventDocument>created(URI.create("/api/events/" + split.id()))
                .entity(split.event()).header("ETag", split.event().etag()).build();
    }

    @POST
    @Path("/events/{id}/revert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revert an event to a revision", description = "{revision, note}: its fields and state go "
            + "back to what they were after that revision (0: as extracted); this is a revision too. Merges and splits "
            + "stay: a split undoes a merge, a merge a split.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = io.dyadline.event.EventView.class)))
    @APIResponse(responseCode = "422", description = "No such revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<EventDocument> revert(@RestPath long id, RevertInput input, @HeaderParam("If-Match") String ifMatch) {
        return ok(curation.revert(id, user(), input == null ? null : input.revision(), input == null ? null : input.note(), ifMatch));
    }

    @GET
    @Path("/events/{id}/history")
    @Operation(summary = "An event's revisions, oldest first", description = "Who, when, which fields from what to "
            + "what, and the note.")
    @APIResponse(responseCode = "200", description = "[{number, action, by, at, note, changes: {field: {from, to}}}]")
    @APIResponse(responseCode = "301", description = "Merged: the survivor's history is at Location")
    @APIResponse(responseCode = "404", description = "No such event", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<CurationService.RevisionView> history(@RestPath long id) {
        return curation.history(id);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static RestResponse<EventDocument> ok(EventDocument doc) {
        return RestResponse.ResponseBuilder.ok(doc).header("ETag", doc.etag()).build();
    }
}
