package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.workspace.NetworkKnowledge;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the workspaces of the installation share: the others' experience sheets and findings, read
 * with their origin, and this workspace's choice of what to share.
 */
@Path("core/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Network", description = "Knowledge shared between the workspaces of the installation")
public class NetworkResource {

    @Inject
    NetworkKnowledge network;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    public record Sharing(Boolean shared) {}

    @GET
    @Path("experiences")
    @Operation(summary = "The experience sheets the other workspaces share, with their origin")
    public List<NetworkKnowledge.NetworkSheet> experiences() {
        return network.experiences();
    }

    @GET
    @Path("findings")
    @Operation(summary = "The findings the other workspaces share, newest first (kind: SUCCESS_FACTOR…)")
    public List<NetworkKnowledge.NetworkFinding> findings(@QueryParam("kind") String kind) {
        FindingKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = FindingKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw ValidationFailure.of(
                        "kind",
                        messages.format(
                                ApiLocale.of(headers),
                                "core.api.error.enum",
                                kind,
                                java.util.Arrays.toString(FindingKind.values())));
            }
        }
        return network.findings(k);
    }

    @PUT
    @Path("experiences/{id}")
    @Operation(summary = "Share one of this workspace's experience sheets with the others, or stop")
    public Response shareExperience(@PathParam("id") long id, Sharing body) {
        network.shareExperience(id, shared(body));
        return Response.noContent().build();
    }

    @PUT
    @Path("findings/{id}")
    @Operation(summary = "Share one of this workspace's findings with the others, or stop")
    public Response shareFinding(@PathParam("id") long id, Sharing body) {
        network.shareFinding(id, shared(body));
        return Response.noContent().build();
    }

    private boolean shared(Sharing body) {
        if (body == null || body.shared() == null) {
            throw ValidationFailure.of("shared", messages.get(ApiLocale.of(headers), "core.network.error.shared"));
        }
        return body.shared();
    }
}
