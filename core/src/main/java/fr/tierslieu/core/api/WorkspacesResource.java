package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.workspace.Workspace;
import fr.tierslieu.core.domain.workspace.WorkspaceMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workspaces of the installation: the caller's, and, for its administrators, a new one and its
 * members. Any other call works in a workspace named by its address: {@code /api/w/{slug}/core/actors}.
 */
@Path("core/workspaces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workspaces", description = "Several tiers-lieux on one installation")
public class WorkspacesResource {

    @Inject
    WorkspaceService workspaces;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Inject
    MessageBundles messages;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    public record WorkspaceJson(long id, String slug, String name, String api) {
        static WorkspaceJson of(Workspace w) {
            return new WorkspaceJson(w.getId(), w.getSlug(), w.getName(), "/api/w/" + w.getSlug() + "/");
        }
    }

    public record NewWorkspace(String slug, String name) {}

    public record NewMember(String username, String role) {}

    public record MemberJson(long id, String workspace, String username, String role) {
        static MemberJson of(WorkspaceMember m) {
            return new MemberJson(
                    m.getId(),
                    m.getWorkspace().getSlug(),
                    m.getUser().getUsername(),
                    m.getRole().name());
        }
    }

    @GET
    @Operation(summary = "The workspaces I take part in, the installation's first one first")
    public List<WorkspaceJson> mine() {
        if (!currentUser.isSignedIn()) {
            throw new fr.tierslieu.core.application.security.AccessDeniedException("sign-in required");
        }
        return workspaces.of(currentUser.getUsername()).stream()
                .map(WorkspaceJson::of)
                .toList();
    }

    @POST
    @Operation(summary = "Create a workspace (administrators of the installation)")
    public Response create(NewWorkspace body) {
        Workspace w = workspaces.create(
                new WorkspaceService.WorkspaceForm(
                        body == null ? null : body.slug(), body == null ? null : body.name()),
                currentUser.getUsername(),
                ApiLocale.of(headers));
        return Response.status(201).entity(WorkspaceJson.of(w)).build();
    }

    /** A person of a workspace and the roles they hold there. */
    public record PersonJson(String username, String displayName, boolean invited, List<String> roles) {
        static PersonJson of(WorkspaceService.Member m) {
            return new PersonJson(
                    m.username(),
                    m.displayName(),
                    m.invited(),
                    m.roles().stream().map(Role::name).sorted().toList());
        }
    }

    public record NewPerson(String username, String displayName, String email, String role) {}

    /** The invited account, the link where its person chooses a password, and whether it left by e-mail. */
    public record InvitationJson(String workspace, String username, String role, String link, boolean mailed) {}

    @GET
    @Path("{slug}/members")
    @Operation(summary = "The people of a workspace and their roles (its administrators, the network's)")
    public List<PersonJson> members(@PathParam("slug") String slug) {
        return workspaces.members(slug, currentUser.getUsername(), ApiLocale.of(headers)).stream()
                .map(PersonJson::of)
                .toList();
    }

    @POST
    @Path("{slug}/members")
    @Operation(summary = "Give an account a role in a workspace (its administrators, the network's)")
    public Response addMember(@PathParam("slug") String slug, NewMember body) {
        Role role = role(body == null ? null : body.role());
        WorkspaceMember m =
                workspaces.addMember(slug, body.username(), role, currentUser.getUsername(), ApiLocale.of(headers));
        return Response.status(201).entity(MemberJson.of(m)).build();
    }

    @POST
    @Path("{slug}/invitations")
    @Operation(
            summary = "Open an account for a new person with a role in a workspace; the link to choose a"
                    + " password is e-mailed (its administrators, the network's)")
    public Response invite(@PathParam("slug") String slug, NewPerson body) {
        Role role = role(body == null ? null : body.role());
        var invitation = workspaces.invite(
                slug,
                new WorkspaceService.InviteForm(body.username(), body.displayName(), body.email(), role),
                config.publicUrl(request),
                currentUser.getUsername(),
                ApiLocale.of(headers));
        return Response.status(201)
                .entity(new InvitationJson(
                        slug, invitation.user().getUsername(), role.name(), invitation.link(), invitation.mailed()))
                .build();
    }

    private Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(
                    "role",
                    messages.format(
                            ApiLocale.of(headers),
                            "core.api.error.enum",
                            name == null ? "" : name,
                            "ADMIN, MANAGER, BOARD, ORGANIZER, VIEWER, CONSULTANT"));
        }
    }

    @DELETE
    @Path("{slug}/members/{username}")
    @Operation(summary = "Take every role of an account in a workspace away (its administrators, the network's)")
    public Response removeMember(@PathParam("slug") String slug, @PathParam("username") String username) {
        workspaces.removeMember(slug, username, currentUser.getUsername(), ApiLocale.of(headers));
        return Response.noContent().build();
    }
}
