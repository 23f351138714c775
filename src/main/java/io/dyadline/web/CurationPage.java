package io.dyadline.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadline.common.ProblemException;
import io.dyadline.curation.CurationService;
import io.dyadline.event.EventService;
import io.dyadline.event.EventView;
import io.dyadline.extraction.EventType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The pages' curation: the actions of one event as a fragment (the timeline's panel and the article page insert it),
 * the forms' targets, which go back where the analyst was, an edit form and an event's history. Every form carries
 * a CSRF token; the actions need the analyst role, as in the API.
 */
@Path("/curation")
@Produces(MediaType.TEXT_HTML)
public class CurationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(EventView event, String back, String backQuery, boolean analyst);

        static native TemplateInstance history(EventView event, List<CurationService.RevisionView> revisions);

        static native TemplateInstance edit(EventView event, String back, String date, List<String> types);

        static native TemplateInstance failed(int status, String detail, String back);
    }

    private final CurationService curation;
    private final EventService events;
    private final SecurityIdentity identity;

    public CurationPage(CurationService curation, EventService events, SecurityIdentity identity) {
        this.curation = curation;
        this.events = events;
        this.identity = identity;
    }

    /** The event's curation and, for analysts, its actions: a fragment of HTML for the pages to insert. */
    @GET
    @Path("/events/{id}/actions")
    public TemplateInstance actions(@RestPath long id, @RestQuery String back) {
        String to = LoginPage.localPath(back);
        return Templates.actions(event(id), to, java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8),
                identity.hasRole(io.dyadline.security.Roles.ANALYST));
    }

    @GET
    @Path("/events/{id}/history")
    public TemplateInstance history(@RestPath long id) {
        return Templates.history(event(id), curation.history(id));
    }

    @GET
    @Path("/events/{id}/edit")
    public TemplateInstance editForm(@RestPath long id, @RestQuery String back) {
        EventView e = event(id);
        return Templates.edit(e, LoginPage.localPath(back), dateValue(e),
                Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    @POST
    @Path("/events/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath long id, @RestForm String note, @RestForm String back) {
        return act(back, () -> curation.confirm(id, user(), note, null));
    }

    @POST
    @Path("/events/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath long id, @RestForm String note, @RestForm String back) {
        return act(back, () -> curation.reject(id, user(), note, null));
    }

    @POST
    @Path("/events/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestPath long id, @RestForm List<Long> with, @RestForm String note, @RestForm String back) {
        return act(back, () -> curation.merge(id, user(), with, note, null));
    }

    @POST
    @Path("/events/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, @RestForm String type, @RestForm String status, @RestForm String date,
                         @RestForm String dateWas, @RestForm String pair, @RestForm String initiator,
                         @RestForm String sectors,
                         @RestForm String summary, @RestForm String location, @RestForm String note,
                         @RestForm String back) {
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        put(form, "type", type);
        put(form, "status", status);
        if (date != null && !date.strip().equals(dateWas == null ? "" : dateWas.strip())) {
            form.put("date", date.isBlank() ? null : date.strip());
        }
        put(form, "pair", pair);
        if (initiator != null) {
            form.put("initiator", initiator.isBlank() ? null : initiator.strip());
        }
        if (sectors != null) {
            var list = form.putArray("sectors");
            Arrays.stream(sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
        }
        put(form, "summary", summary);
        if (location != null) {
            form.put("location", location.isBlank() ? null : location.strip());
        }
        if (note != null && !note.isBlank()) {
            form.put("note", note);
        }
        return act(back, () -> curation.correct(id, user(), form));
    }

    private static void put(ObjectNode form, String field, String value) {
        if (value != null) {
            form.put(field, value.strip());
        }
    }

    /** Runs an action and goes back to the page it came from; a refusal is a page saying why. */
    private Response act(String back, Supplier<?> action) {
        String target = LoginPage.localPath(back);
        try {
            action.get();
        } catch (ProblemException e) {
            String detail = e.getMessage();
            if (!e.violations().isEmpty()) {
                detail = e.violations().get(0).field() + ": " + e.violations().get(0).message();
            }
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.failed(e.status(), detail, target)).build();
        }
        return Response.seeOther(URI.create(target)).build();
    }

    private EventView event(long id) {
        return curation.view(events.getOrRedirect(id));
    }

    /** The date as the form shows it: EDTF where it reads back, else the first day. */
    private static String dateValue(EventView e) {
        if (e.date() == null) {
            return "";
        }
        String edtf = e.date().edtf();
        return edtf != null && !edtf.contains("/") ? edtf : String.valueOf(e.date().start());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
