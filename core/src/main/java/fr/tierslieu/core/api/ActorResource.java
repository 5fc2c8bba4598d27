package fr.tierslieu.core.api;

import fr.tierslieu.core.application.actor.ActorDraft;
import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.actor.ActorSort;
import fr.tierslieu.core.application.actor.DeletionImpact;
import fr.tierslieu.core.application.actor.Page;
import fr.tierslieu.core.application.actor.PersonalDataService;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.Stance;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The actor registry over HTTP: list (paged, filtered), read, create, update, delete. Same users and
 * roles as the pages (HTTP Basic or the session); every check is done by {@link ActorService}.
 */
@Path("core/actors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Actor registry (cartographie des acteurs)")
public class ActorResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ActorService actors;

    @Inject
    fr.tierslieu.core.application.actor.ActorPrivacy privacy;

    @Inject
    PersonalDataService personalData;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(
            summary = "List actors",
            description = "Paged and filtered; filters combine with AND, list values with OR")
    @APIResponse(responseCode = "200", description = "One page of actors")
    @APIResponse(responseCode = "400", description = "Invalid paging, sort or filter value")
    public ActorJson.PageJson list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") int size,
            @Parameter(description = "Text in name, commune, contact or e-mail (case and accents ignored)")
                    @QueryParam("q")
                    String text,
            @QueryParam("type") String type,
            @Parameter(description = "Repeatable") @QueryParam("kind") List<String> kinds,
            @Parameter(description = "Repeatable") @QueryParam("status") List<String> statuses,
            @Parameter(description = "Repeatable") @QueryParam("stance") List<String> stances,
            @Parameter(description = "Repeatable; actors having any of them") @QueryParam("tag") List<String> tags,
            @QueryParam("commune") String commune,
            @Parameter(
                            description =
                                    "name, kind, commune, status, stance, influence, interest, engagement, maturity, updated")
                    @QueryParam("sort")
                    @DefaultValue("name")
                    String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        Locale locale = ApiLocale.of(headers);
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(Paging.problems(page, size, MAX_PAGE_SIZE, locale, messages));
        ActorSort sortBy = ActorSort.parse(sort);
        if (sortBy == null) {
            problems.add(
                    new ValidationFailure.Violation(
                            "sort",
                            messages.format(
                                    locale,
                                    "core.api.error.enum",
                                    sort,
                                    "name, kind, commune, status, stance, influence, interest, engagement, maturity, updated")));
        }
        ActorFilter filter = new ActorFilter(
                text,
                type == null || type.isBlank() ? null : parse(ActorType.class, "type", type, locale, problems),
                parseAll(ActorKind.class, "kind", kinds, locale, problems),
                parseAll(MobilisationStatus.class, "status", statuses, locale, problems),
                parseAll(Stance.class, "stance", stances, locale, problems),
                tags == null ? Set.of() : Actor.normalizeTags(tags),
                commune);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        PrivacyPolicy.Reader reader = privacy.reader();
        Page<Actor> result = actors.search(filter, sortBy, !descending, page, size);
        return new ActorJson.PageJson(
                result.items().stream().map(a -> ActorJson.of(a, reader)).toList(), page, size, result.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one actor")
    @APIResponse(responseCode = "200", description = "The actor")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public ActorJson get(@PathParam("id") long id) {
        return ActorJson.of(actors.get(id), privacy.reader());
    }

    @POST
    @Operation(summary = "Create an actor")
    @APIResponse(responseCode = "201", description = "Created; Location gives its URL")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "403", description = "Read-only role")
    public Response create(ActorJson body) {
        Locale locale = ApiLocale.of(headers);
        Actor created = actors.create(toDraft(body, null, locale), locale);
        URI location = uriInfo.getAbsolutePathBuilder()
                .path(String.valueOf(created.getId()))
                .build();
        return Response.created(location)
                .entity(ActorJson.of(created, privacy.reader()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Update an actor",
            description = "Send the version you read; a changed position is recorded as a dated assessment")
    @APIResponse(responseCode = "200", description = "The updated actor")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "Unknown id")
    @APIResponse(responseCode = "409", description = "Someone else changed the actor since that version")
    public ActorJson update(@PathParam("id") long id, ActorJson body) {
        Locale locale = ApiLocale.of(headers);
        return ActorJson.of(actors.update(toDraft(body, id, locale), locale), privacy.reader());
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Delete an actor",
            description =
                    "If other records use the actor, answers 409 with what would be " + "affected unless confirm=true")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown id")
    @APIResponse(responseCode = "409", description = "Used by other records (see impact); repeat with confirm=true")
    public Response delete(@PathParam("id") long id, @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        Locale locale = ApiLocale.of(headers);
        DeletionImpact impact = actors.impactOfDeleting(id, locale);
        if (impact.isUsedElsewhere() && !confirm) {
            return Response.status(409)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ImpactJson(409, messages.format(locale, "core.api.error.inUse", impact.name()), impact))
                    .build();
        }
        actors.delete(id, null);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/personal-data")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Everything recorded about a person (RGPD art. 15 and 20)",
            description = "Managers only; answered as a file to hand to the person")
    @APIResponse(responseCode = "200", description = "The person's data, as JSON")
    @APIResponse(responseCode = "400", description = "The actor is not a person")
    @APIResponse(responseCode = "403", description = "Not a manager")
    public Response personalData(@PathParam("id") long id) {
        byte[] json = personalData.export(id, ApiLocale.of(headers));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"donnees-personnelles-" + id + ".json\"")
                .build();
    }

    @POST
    @Path("{id}/erasure")
    @Operation(
            summary = "Erase a person's data on their request (RGPD art. 17)",
            description = "Contact details, notes, tags, position and history, ties and their audit values are erased; "
                    + "the name is kept only when a legal register requires it (keptFor says which)")
    @APIResponse(responseCode = "200", description = "What was erased")
    @APIResponse(responseCode = "400", description = "The actor is not a person")
    @APIResponse(responseCode = "403", description = "Not a manager")
    @APIResponse(responseCode = "409", description = "Someone changed the person since that version")
    public PersonalDataService.Erasure erase(@PathParam("id") long id, @QueryParam("version") Long version) {
        return personalData.erase(id, version, ApiLocale.of(headers));
    }

    /** 409 answer of a delete that needs confirmation. */
    public record ImpactJson(int status, String message, DeletionImpact impact) {}

    private ActorDraft toDraft(ActorJson body, Long id, Locale locale) {
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.api.error.noBody"));
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        ActorDraft d = new ActorDraft();
        d.setId(id);
        d.setVersion(body.version());
        if (id != null && body.version() == null) {
            problems.add(
                    new ValidationFailure.Violation("version", messages.get(locale, "core.api.error.versionRequired")));
        }
        if (body.type() != null) {
            d.setType(parse(ActorType.class, "type", body.type(), locale, problems));
        }
        d.setName(body.name());
        d.setKind(body.kind() == null ? null : parse(ActorKind.class, "kind", body.kind(), locale, problems));
        d.setCommune(body.commune());
        d.setContactName(body.contactName());
        d.setEmail(body.email());
        d.setPhone(body.phone());
        d.setWebsite(body.website());
        d.setNotes(body.notes());
        d.setTags(body.tags());
        if (body.status() != null) {
            d.setStatus(parse(MobilisationStatus.class, "status", body.status(), locale, problems));
        }
        if (body.stance() != null) {
            d.setStance(parse(Stance.class, "stance", body.stance(), locale, problems));
        }
        if (body.engagement() != null) {
            d.setEngagement(parse(EngagementLevel.class, "engagement", body.engagement(), locale, problems));
        }
        if (body.maturity() != null) {
            d.setMaturity(parse(MaturityLevel.class, "maturity", body.maturity(), locale, problems));
        }
        if (body.influence() != null) {
            d.setInfluence(body.influence());
        }
        if (body.interest() != null) {
            d.setInterest(body.interest());
        }
        d.setAssessedOn(body.assessedOn());
        d.setAssessmentComment(body.assessmentComment());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return d;
    }

    private <E extends Enum<E>> E parse(
            Class<E> type, String field, String raw, Locale locale, List<ValidationFailure.Violation> problems) {
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name());
            }
            problems.add(new ValidationFailure.Violation(
                    field, messages.format(locale, "core.api.error.enum", raw, String.join(", ", allowed))));
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> parseAll(
            Class<E> type, String field, List<String> raw, Locale locale, List<ValidationFailure.Violation> problems) {
        Set<E> result = EnumSet.noneOf(type);
        if (raw != null) {
            for (String value : new HashSet<>(raw)) {
                if (value != null && !value.isBlank()) {
                    E parsed = parse(type, field, value, locale, problems);
                    if (parsed != null) {
                        result.add(parsed);
                    }
                }
            }
        }
        return result;
    }
}
