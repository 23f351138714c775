package io.dyadline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.common.Problem;
import io.dyadline.event.EventQuery;
import io.dyadline.event.EventView;
import io.quarkus.logging.Log;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The events of a query (the filters of {@code GET /api/events}) to subscribe to or take away: an Atom feed of the
 * newest, and an iCalendar, CSV and JSON Lines of all of them, streamed.
 */
@Path("/api")
@Tag(name = "Exports", description = "Events as Atom, iCalendar, CSV and JSON Lines, with the filters of /api/events")
public class ExportResource {

    static final String ATOM = "application/atom+xml";
    static final String ICS = "text/calendar";
    static final String CSV = "text/csv";
    static final String JSONL = "application/x-ndjson";

    private final EventWalk walk;
    private final PloverRecords plover;
    private final ObjectMapper json;

    public ExportResource(EventWalk walk, PloverRecords plover, ObjectMapper json) {
        this.walk = walk;
        this.plover = plover;
        this.json = json;
    }

    @GET
    @Path("/events.atom")
    @Produces(ATOM)
    @Operation(summary = "An Atom feed of the newest events of a query",
            description = "Newest by event date unless sort says otherwise; each entry links to the event on the "
                    + "timeline with the same filters. Entries are updated when a new article reports the event.")
    @APIResponse(responseCode = "200", description = "Atom 1.0", content = @Content(mediaType = ATOM))
    @APIResponse(responseCode = "400", description = "A filter that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response atom(@BeanParam ExportFilters filters,
                         @Parameter(description = "How many entries") @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @Context UriInfo uri) throws IOException {
        EventQuery query = filters.query(limit, "-date");
        List<EventView> events = walk.first(query);
        StringWriter out = new StringWriter();
        AtomExport.write(events, query, base(uri), uri.getRequestUri().toString(), out);
        return Response.ok(out.toString(), ATOM + ";charset=UTF-8").build();
    }

    @GET
    @Path("/events.ics")
    @Produces(ICS)
    @Operation(summary = "An iCalendar of the events of a query, streamed",
            description = "All-day events: a day-precise event on its day, a month- or year-precise one across its "
                    + "month or year. Planned events are TENTATIVE. Undated events are left out. Oldest first.")
    @APIResponse(responseCode = "200", description = "iCalendar 2.0", content = @Content(mediaType = ICS))
    @APIResponse(responseCode = "400", description = "A filter that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendar(@BeanParam ExportFilters filters, @Context UriInfo uri) {
        EventQuery query = filters.query(1, "date");
        String base = base(uri);
        StreamingOutput body = out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CalendarExport calendar = new CalendarExport(text, query, base)) {
                walk.each(query, doc -> calendar.write(walk.view(doc)));
            }
        };
        return Response.ok(guarded(body, "iCalendar"), ICS + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dyadline-events.ics\"").build();
    }

    @GET
    @Path("/events.csv")
    @Produces(CSV)
    @Operation(summary = "All the events of a query as CSV, streamed",
            description = "A header row, then one event a row, oldest first; lists in a cell are joined by ';'.")
    @APIResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "A filter that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@BeanParam ExportFilters filters, @Context UriInfo uri) {
        EventQuery query = filters.query(1, "date");
        String base = base(uri);
        StreamingOutput body = out -> {
            try (CsvExport rows = new CsvExport(out, base, query)) {
                walk.each(query, doc -> rows.write(walk.view(doc)));
            }
        };
        return Response.ok(guarded(body, "CSV"), CSV + ";charset=UTF-8;header=present")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dyadline-events.csv\"").build();
    }

    @GET
    @Path("/events.jsonl")
    @Produces(JSONL)
    @Operation(summary = "All the events of a query as JSON Lines, streamed",
            description = "One event a line, oldest first, as GET /api/events shows it; with format=plover, one "
                    + "PLOVER record a line (id, date, event, mode, actor, recipient, text_info, cite_info). The "
                    + "whole result is read by cursor a batch at a time, so it streams in constant memory.")
    @APIResponse(responseCode = "200", description = "JSON Lines", content = @Content(mediaType = JSONL))
    @APIResponse(responseCode = "400", description = "A filter or format that cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response jsonLines(@BeanParam ExportFilters filters,
                              @Parameter(description = "'events' (the default) or 'plover'") @RestQuery String format) {
        boolean asPlover = format != null && format.strip().equalsIgnoreCase("plover");
        if (format != null && !format.isBlank() && !asPlover && !format.strip().equalsIgnoreCase("events")) {
            throw io.dyadline.common.ProblemException.badRequest("format", "format is 'events' or 'plover'");
        }
        EventQuery query = filters.query(1, "date");
        StreamingOutput body = out -> walk.each(query, doc -> {
            if (asPlover) {
                var record = plover.of(doc.json());
                if (record != null) {
                    out.write(json.writeValueAsBytes(record));
                    out.write('\n');
                }
            } else {
                out.write(doc.json().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
        return Response.ok(guarded(body, "JSON Lines"), JSONL + ";charset=UTF-8").build();
    }

    /** Once a stream has begun its status is sent: a failure half-way is logged, and the answer ends short. */
    private static StreamingOutput guarded(StreamingOutput body, String what) {
        return out -> {
            try {
                body.write(out);
            } catch (IOException | UncheckedIOException e) {
                Log.debugf("%s export ended early: %s", what, e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                Log.errorf(e, "%s export failed half-way", what);
                throw e;
            }
        };
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
