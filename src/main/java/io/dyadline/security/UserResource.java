package io.dyadline.security;

import io.dyadline.common.Page;
import io.dyadline.common.Problem;
import io.dyadline.common.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Named accounts: admins manage them; everyone may change their own password")
public class UserResource {

    /** A new account, or the fields of one to change (null leaves a field as it is). */
    public record UserInput(String username, String password, List<String> roles) {
    }

    private final Accounts accounts;
    private final SecurityIdentity identity;

    public UserResource(Accounts accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "Roles among reader, analyst, editor and admin (default "
            + "reader); a password of 12 to 72 characters. Needs the admin role.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Accounts.AccountView.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The name is taken", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A name, password or role that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<Accounts.AccountView> create(UserInput input, @Context UriInfo uri) {
        requireAdmin();
        if (input == null) {
            throw ProblemException.badRequest(null, "The body is a JSON object {username, password, roles}");
        }
        Accounts.AccountView created = accounts.create(input.username(), input.password(), input.roles());
        return RestResponse.ResponseBuilder.<Accounts.AccountView>created(
                uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "Every account, by name. Needs the admin role.")
    public Page<Accounts.AccountView> list() {
        requireAdmin();
        List<Accounts.AccountView> all = accounts.list();
        return new Page<>(all, 0, all.size(), all.size());
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account: an admin sees any, a user their own")
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Accounts.AccountView get(@RestPath String username) {
        requireSelfOrAdmin(username);
        return accounts.find(username).orElseThrow(() -> ProblemException.notFound("No user '" + username + "'"));
    }

    @PATCH
    @Path("/{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change an account's password or roles", description = "A user may change their own password "
            + "(which signs out their browsers); only an admin changes roles or another account.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Accounts.AccountView.class)))
    @APIResponse(responseCode = "403", description = "Another account, or roles, without the admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "A password or role that cannot be used",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Accounts.AccountView update(@RestPath String username, UserInput input) {
        requireSelfOrAdmin(username);
        if (input == null) {
            throw ProblemException.badRequest(null, "The body is a JSON object {password, roles}");
        }
        if (input.username() != null && !input.username().equals(username)) {
            throw ProblemException.unprocessable("username", "An account's name does not change");
        }
        if (input.roles() != null && !isAdmin()) {
            throw forbidden("Only an admin changes roles");
        }
        return accounts.update(username, input.password(), input.roles());
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete an account (not 'admin'). Needs the admin role.")
    @APIResponse(responseCode = "204", description = "Deleted; its sessions end")
    @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The account 'admin'", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void delete(@RestPath String username) {
        requireAdmin();
        accounts.delete(username);
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    private void requireAdmin() {
        if (!isAdmin()) {
            throw forbidden("Only an admin manages accounts");
        }
    }

    private void requireSelfOrAdmin(String username) {
        if (!isAdmin() && !identity.getPrincipal().getName().equals(username)) {
            throw forbidden("A user may see and change only their own account");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }
}
