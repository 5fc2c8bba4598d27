package fr.tierslieu.core.api;

import fr.tierslieu.core.application.backup.BackupService;
import fr.tierslieu.core.application.backup.WorkspaceArchive;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Backups and the workspace document, for administrators (the page "Sauvegardes" does the same). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Backups, workspace export and import (ADMIN)")
public class AdminResource {

    @Inject
    BackupService backups;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    public record BackupJson(String name, long size, String createdAt, String kind) {
        static BackupJson of(BackupService.Backup b) {
            return new BackupJson(
                    b.name(), b.size(), b.createdAt().toString(), b.kind().name());
        }
    }

    @POST
    @Path("backups")
    @Operation(summary = "Take a backup now (H2: compressed SQL script; PostgreSQL: pg_dump custom format)")
    @APIResponse(responseCode = "201", description = "The backup written")
    @APIResponse(
            responseCode = "503",
            description = "It cannot be taken on this server (e.g. no pg_dump); the message says how")
    public Response create() {
        try {
            BackupService.Backup b = backups.create();
            return Response.status(201).entity(BackupJson.of(b)).build();
        } catch (BackupService.Unavailable e) {
            return ApiExceptionMappers.json(503, ErrorJson.of(503, e.getMessage()));
        }
    }

    @GET
    @Path("backups")
    @Operation(summary = "The backups kept on the server, newest first")
    public List<BackupJson> list() {
        return backups.list().stream().map(BackupJson::of).toList();
    }

    @GET
    @Path("backups/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a backup")
    public Response download(@PathParam("name") String name) {
        java.nio.file.Path file = backups.file(name);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .build();
    }

    @GET
    @Path("workspace.zip")
    @Produces("application/zip")
    @Operation(summary = "The whole workspace as one document (imports on H2 or PostgreSQL)")
    public Response exportWorkspace() {
        StreamingOutput body = out -> backups.exportWorkspace(out);
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"tierslieu-workspace-" + LocalDate.now() + ".zip\"")
                .build();
    }

    @POST
    @Path("workspace")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import a workspace document into this new, empty installation",
            description = "All or nothing; the accounts of the document replace this installation's")
    @APIResponse(
            responseCode = "400",
            description = "Not a workspace document, another schema version, or data already here")
    public Map<String, Long> importWorkspace(InputStream zip) {
        Locale locale = ApiLocale.of(headers);
        try {
            return backups.importWorkspace(zip).rows();
        } catch (WorkspaceArchive.Refused e) {
            throw ValidationFailure.of(
                    "workspace", messages.format(locale, "core.backup.importRefused", e.getMessage()));
        }
    }
}
