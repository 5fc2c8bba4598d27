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
                ApiLocale.of(headers));
        return Response.status(201).entity(WorkspaceJson.of(w)).build();
    }

    @POST
    @Path("{slug}/members")
    @Operation(summary = "Give an account a role in a workspace (administrators of the installation)")
    public Response addMember(@PathParam("slug") String slug, NewMember body) {
        Role role;
        try {
            role = Role.valueOf(body == null || body.role() == null ? "" : body.role());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(
                    "role",
                    messages.format(
                            ApiLocale.of(headers),
                            "core.api.error.enum",
                            body == null || body.role() == null ? "" : body.role(),
                            "ADMIN, MANAGER, BOARD, ORGANIZER, VIEWER, CONSULTANT"));
        }
        WorkspaceMember m = workspaces.addMember(slug, body.username(), role, ApiLocale.of(headers));
        return Response.status(201).entity(MemberJson.of(m)).build();
    }

    @DELETE
    @Path("{slug}/members/{username}")
    @Operation(summary = "Take every role of an account in a workspace away (administrators of the installation)")
    public Response removeMember(@PathParam("slug") String slug, @PathParam("username") String username) {
        workspaces.removeMember(slug, username);
        return Response.noContent().build();
    }
}
