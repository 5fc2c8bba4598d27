package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.project.ProjectDraft;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.roadmap.RoadmapView;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectStatus;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Projects over HTTP (CRUD) and their computed roadmap schedule. */
@Path("core/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Project registry and roadmap schedule")
public class ProjectsResource {

    /** Dates a schedule may be computed from (a year outside is a typing error, not a plan). */
    static final int MIN_YEAR = 1900;

    static final int MAX_YEAR = 2200;

    @Inject
    ProjectService projects;

    @Inject
    RoadmapService roadmap;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List projects", description = "Ordered by name; partners and resources are not included")
    public List<ProjectJson> list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Locale locale = ApiLocale.of(headers);
        List<ValidationFailure.Violation> problems = Paging.problems(page, size, 200, locale, messages);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return projects.slice(Paging.first(page, size), size).stream()
                .map(p -> ProjectJson.of(p, null, null))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a project with its partners and resources")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectJson get(@PathParam("id") long id) {
        return ProjectJson.of(projects.get(id), projects.partners(id), projects.resources(id));
    }

    @POST
    @Operation(summary = "Create a project")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    public Response create(ProjectJson body) {
        Locale locale = ApiLocale.of(headers);
        Project created = projects.create(toDraft(body, null, locale), locale);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(ProjectJson.of(created, List.of(), List.of()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a project", description = "Send the version you read; 409 if someone saved in between")
    @APIResponse(responseCode = "409", description = "Changed by someone else since that version")
    public ProjectJson update(@PathParam("id") long id, ProjectJson body) {
        Locale locale = ApiLocale.of(headers);
        if (body != null && body.version() == null) {
            throw ValidationFailure.of("version", messages.get(locale, "core.api.error.versionRequired"));
        }
        Project updated = projects.update(toDraft(body, id, locale), locale);
        return ProjectJson.of(updated, projects.partners(id), projects.resources(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a project with everything that hangs on it")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        projects.delete(id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/schedule")
    @Operation(
            summary = "Computed schedule of the project's roadmap",
            description = "Earliest and latest start and finish of each task (working days, French public holidays "
                    + "excluded), slack in working days, critical path, and warnings. Milestones contributed by "
                    + "modules have negative ids and their module as source.")
    public ProjectJson.ScheduleJson schedule(@PathParam("id") long id, @QueryParam("today") String today) {
        Locale locale = ApiLocale.of(headers);
        LocalDate day;
        try {
            day = today == null || today.isBlank() ? LocalDate.now() : LocalDate.parse(today);
        } catch (RuntimeException e) {
            throw ValidationFailure.of("today", messages.format(locale, "core.api.error.date", today));
        }
        if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            throw ValidationFailure.of(
                    "today", messages.format(locale, "core.api.error.dateRange", today, MIN_YEAR, MAX_YEAR));
        }
        RoadmapView view = roadmap.view(id, locale, day);
        return new ProjectJson.ScheduleJson(
                id,
                day,
                view.schedule().end(),
                view.schedule().tasks().stream()
                        .map(t -> ProjectJson.TaskScheduleJson.of(
                                t,
                                view.isContributed(t.id())
                                        ? view.contributed().get(t.id()).source()
                                        : "core"))
                        .toList(),
                view.warnings());
    }

    /** One open question, success factor or point of vigilance. */
    public record FindingJson(
            long id, String kind, String text, String step, Long actorId, String source, boolean resolved) {}

    @GET
    @Path("{id}/findings")
    @Operation(
            summary = "Open questions, key success factors and points of vigilance of a project",
            description = "Including those published by modules (source = the module id)")
    public List<FindingJson> findings(@PathParam("id") long id) {
        projects.get(id);
        return projects.findings(id).stream()
                .map(f -> new FindingJson(
                        f.getId(),
                        f.getKind().name(),
                        f.getText(),
                        f.getStep() == null ? null : f.getStep().name(),
                        f.getActor() == null ? null : f.getActor().getId(),
                        f.getSource(),
                        f.isResolved()))
                .toList();
    }

    private ProjectDraft toDraft(ProjectJson body, Long id, Locale locale) {
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.api.error.noBodyProject"));
        }
        ProjectDraft d = new ProjectDraft();
        d.setId(id);
        d.setVersion(body.version());
        d.setName(body.name());
        d.setPurpose(body.purpose());
        d.setObjectives(body.objectives());
        if (body.status() != null) {
            try {
                d.setStatus(ProjectStatus.valueOf(body.status()));
            } catch (IllegalArgumentException e) {
                throw ValidationFailure.of(
                        "status",
                        messages.format(
                                locale,
                                "core.api.error.enum",
                                body.status(),
                                Arrays.stream(ProjectStatus.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))));
            }
        }
        d.setStartDate(body.startDate());
        d.setEndDate(body.endDate());
        d.setLeadId(body.leadActorId());
        d.setTags(body.tags() == null ? null : String.join(",", body.tags()));
        d.setLinks(
                body.links() == null
                        ? null
                        : body.links().stream()
                                .map(l -> (l.label() == null ? "" : l.label()) + " | " + l.url())
                                .collect(Collectors.joining("\n")));
        return d;
    }
}
