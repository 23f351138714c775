package io.dyadline.event;

import io.dyadline.common.Page;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Bilateral events, country pairs and sectors")
public class EventResource {

    private final EventService events;
    private final EventHistogram histogram;

    public EventResource(EventService events, EventHistogram histogram) {
        this.events = events;
        this.histogram = histogram;
    }

    @GET
    @Path("/events")
    @Operation(summary = "A page of events", description = "Filters combine with AND; a repeated country, sector or "
            + "type matches any of its values. An event matches from/to when its date range overlaps them. q: each "
            + "word must begin a word of the evidence (case and accents ignored). A list shows an event's first 20 "
            + "pieces of evidence and sources, with evidenceCount and sourceCount. Pages are numbered from 0; to walk "
            + "a long list, pass each page's 'next' as 'after'.")
    @APIResponse(responseCode = "200", description = "{items, page, size, total, next}; 'next' is absent on the last page")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<EventDocument> list(
            @Parameter(description = "Two ISO codes joined by '-', e.g. IR-RU") @RestQuery String pair,
            @Parameter(description = "ISO code of a party; repeatable") @RestQuery List<String> country,
            @Parameter(description = "Sector slug; repeatable") @RestQuery List<String> sector,
            @Parameter(description = "Event type; repeatable") @RestQuery List<String> type,
            @Parameter(description = "OCCURRED or PLANNED") @RestQuery String status,
            @Parameter(description = "YYYY-MM-DD") @RestQuery String from,
            @Parameter(description = "YYYY-MM-DD") @RestQuery String to,
            @Parameter(description = "Words of the evidence: each must begin a word of it (case and accents ignored)") @RestQuery String q,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size,
            @Parameter(description = "date (oldest first, the default) or -date") @RestQuery String sort,
            @Parameter(description = "The 'next' of the previous page: the page after it, found as fast however deep "
                    + "(instead of 'page')") @RestQuery String after,
            @Parameter(description = "VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT or MATERIAL_CONFLICT; "
                    + "repeatable") @RestQuery List<String> quad,
            @Parameter(description = "ISO code of the country that acts, in directed events") @RestQuery String initiator,
            @Parameter(description = "EXTRACTED, CONFIRMED, CORRECTED or REJECTED (repeatable), or any; without it, "
                    + "every event but rejected ones") @RestQuery List<String> curation) {
        return events.findDocuments(EventFilters.directed(EventFilters.parse(pair, country, sector, type, status, from,
                to, q, page, size, sort, after), quad, initiator).withCuration(EventFilters.curation(curation)));
    }

    @GET
    @Path("/events/histogram")
    // gzipped once when counted (Precompressed): the HTTP layer lets its Content-Encoding through
    @io.quarkus.vertx.http.Compressed
    @Operation(summary = "Events counted per lane and period", description = "The events the list's filters match, "
            + "counted by the day, ISO week (from Monday), month or year their date starts in, per pair, sector, type "
            + "or quad class (by=pair,sector nests two: lanes 'IL-US/trade'); undated events are not counted. An event "
            + "counts in its primary sector's lane only, unless sectorLanes=every. Buckets are ordered by lane, then "
            + "start; a bucket with no events is left out.")
    @APIResponse(responseCode = "200", description = "{interval, by, buckets: [{lane, start, count}]}; gzipped when "
            + "the client accepts it (compressed once when counted)",
            content = @Content(schema = @Schema(implementation = EventHistogram.Histogram.class)))
    @APIResponse(responseCode = "400", description = "A filter, interval or grouping that cannot be read, or more "
            + "than 100,000 buckets", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> histogram(
            @RestQuery String pair, @RestQuery List<String> country, @RestQuery List<String> sector,
            @RestQuery List<String> type, @RestQuery String status, @RestQuery String from, @RestQuery String to,
            @RestQuery String q,
            @Parameter(description = "day, week, month (the default) or year") @RestQuery String interval,
            @Parameter(description = "pair (the default), sector, type, quad or none; or two joined by a comma")
            @RestQuery String by,
            @Parameter(description = "primary (the default: an event in its first sector's lane) or every")
            @RestQuery String sectorLanes, @RestQuery List<String> quad, @RestQuery String initiator,
            @Parameter(description = "as for the list: the curation states counted") @RestQuery List<String> curation,
            @Parameter(hidden = true) @RestHeader("Accept-Encoding") String acceptEncoding) {
        EventQuery query = EventFilters.directed(EventFilters.parse(pair, country, sector, type, status, from, to, q, 0,
                1, "date"), quad, initiator).withCuration(EventFilters.curation(curation));
        return histogram.count(query, EventHistogram.Interval.parse(interval), EventHistogram.Grouping.parse(by),
                EventFilters.everySector(sectorLanes)).body().answer(acceptEncoding);
    }

    @GET
    @Path("/events/{id}")
    @Operation(summary = "One event, with its evidence and sources", description = "Its ETag goes in If-Match to "
            + "change it (PATCH); an event merged into another answers 301 with the survivor's address.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "301", description = "Merged into the event at Location")
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<EventDocument> get(@RestPath long id) {
        EventDocument doc = events.getOrRedirect(id);
        return RestResponse.ResponseBuilder.ok(doc).header("ETag", doc.etag()).build();
    }

    @GET
    @Path("/pairs")
    @Operation(summary = "Country pairs with their event counts, date spans and sectors, most active first")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<PairView> pairs(@RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
                                @RestQuery @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<PairView> all = events.pairs();
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    @GET
    @Path("/pairs/{pair}/activity")
    @Operation(summary = "A pair's events by quad class per month or year", description = "For the balance of "
            + "cooperation and conflict over time: each period (by the day an event's date starts in) with the events of "
            + "each quad class; periods without events are left out, undated events are not counted.")
    @APIResponse(responseCode = "200", description = "{pair, by, periods: [{period, start, counts: {VERBAL_COOPERATION, "
            + "MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT}}]}")
    @APIResponse(responseCode = "400", description = "A malformed pair, or by other than month or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventHistogram.Activity activity(
            @Parameter(description = "Two ISO codes joined by '-', e.g. IR-RU") @RestPath String pair,
            @Parameter(description = "month (the default) or year") @RestQuery String by) {
        return histogram.activity(pair, by);
    }

    @GET
    @Path("/sectors")
    @Operation(summary = "The sector taxonomy with the number of events in each sector")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public Page<SectorView> sectors() {
        List<SectorView> all = events.sectors();
        return new Page<>(all, 0, all.size(), all.size());
    }
}
