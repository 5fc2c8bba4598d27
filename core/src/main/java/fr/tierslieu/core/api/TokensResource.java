package fr.tierslieu.core.api;

import fr.tierslieu.core.application.security.ApiTokenService;
import fr.tierslieu.core.domain.security.ApiToken;
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

/** The caller's own personal access tokens (the profile page does the same). */
@Path("core/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Personal access tokens of the signed-in user")
public class TokensResource {

    @Inject
    ApiTokenService tokens;

    @Context
    HttpHeaders headers;

    public record TokenJson(
            long id,
            String name,
            String prefix,
            String createdAt,
            String expiresAt,
            String lastUsedAt,
            String revokedAt) {
        static TokenJson of(ApiToken t) {
            return new TokenJson(
                    t.getId(),
                    t.getName(),
                    t.getPrefix(),
                    String.valueOf(t.getCreatedAt()),
                    t.getExpiresAt() == null ? null : t.getExpiresAt().toString(),
                    t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString(),
                    t.getRevokedAt() == null ? null : t.getRevokedAt().toString());
        }
    }

    /** @param days validity in days (1–3650), or null for no expiry */
    public record NewToken(String name, Integer days) {}

    public record Created(long id, String name, String secret, String expiresAt) {}

    @GET
    @Operation(summary = "My tokens (never their secrets)")
    public List<TokenJson> mine() {
        return tokens.mine().stream().map(TokenJson::of).toList();
    }

    @POST
    @Operation(
            summary = "Create a token; its secret is in this answer only",
            description =
                    "Use it as Authorization: Bearer <secret>; it carries your roles until it expires or is revoked")
    public Response create(NewToken body) {
        ApiToken.Issued issued = tokens.create(
                body == null ? null : body.name(), body == null ? null : body.days(), ApiLocale.of(headers));
        return Response.status(201)
                .entity(new Created(
                        issued.token().getId(),
                        issued.token().getName(),
                        issued.secret(),
                        issued.token().getExpiresAt() == null
                                ? null
                                : issued.token().getExpiresAt().toString()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my tokens")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
