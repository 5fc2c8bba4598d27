package fr.tierslieu.core.api;

import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.experience.Offer;
import fr.tierslieu.core.domain.experience.SizeClass;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The experience library over HTTP: search, one sheet, CSV export and import. */
@Path("core/experiences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experiences", description = "Sheets on other tiers-lieux: search, distances, CSV")
public class ExperiencesResource {

    @Inject
    ExperienceService experiences;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            summary = "Search the library",
            description = "Nearest to our place first, at most 500 rows; `total` says how many matched."
                    + " offer, legalForm, size: constants; maxKm: distance from our place")
    @APIResponse(
            responseCode = "400",
            description = "A filter that is not one of its constants, a text over 200 characters, named")
    public JsonObject search(
            @QueryParam("q") String q,
            @QueryParam("offer") String offer,
            @QueryParam("legalForm") String legalForm,
            @QueryParam("size") String size,
            @QueryParam("maxKm") Integer maxKm) {
        Locale locale = ApiLocale.of(headers);
        if (q != null && q.length() > 200) {
            throw ValidationFailure.of("q", messages.format(locale, "core.error.tooLong", 200));
        }
        if (maxKm != null && (maxKm < 1 || maxKm > 20_000)) {
            throw ValidationFailure.of("maxKm", messages.format(locale, "core.experience.error.maxKm", 1, 20_000));
        }
        ExperienceService.Search s = experiences.search(new ExperienceService.Filter(
                q,
                constant(Offer.class, offer, "offer", locale),
                constant(LegalForm.class, legalForm, "legalForm", locale),
                constant(SizeClass.class, size, "size", locale),
                maxKm));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ExperienceService.Found f : s.rows()) {
            JsonObjectBuilder o = summary(f.experience());
            if (f.distanceKm() != null) {
                o.add("distanceKm", Math.round(f.distanceKm() * 10) / 10.0);
            }
            rows.add(o);
        }
        JsonObjectBuilder out =
                Json.createObjectBuilder().add("total", s.total()).add("rows", rows);
        if (s.ours() != null) {
            out.add("ours", summary(s.ours()));
        }
        return out.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sheet with its lessons")
    @APIResponse(responseCode = "404", description = "No such sheet")
    public JsonObject get(@PathParam("id") long id) {
        Experience e = experiences.get(id);
        JsonArrayBuilder lessons = Json.createArrayBuilder();
        for (Lesson l : e.getLessons()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("kind", l.getKind().name()).add("text", l.getText());
            if (l.getTags() != null) {
                o.add("tags", l.getTags());
            }
            if (l.getOrigin() != null) {
                o.add("origin", l.getOrigin());
            }
            lessons.add(o);
        }
        JsonObjectBuilder o = summary(e).add("version", e.getVersion()).add("lessons", lessons);
        add(o, "address", e.getAddress());
        add(o, "postcode", e.getPostcode());
        add(o, "region", e.getRegion());
        add(o, "typology", e.getTypology());
        add(o, "governance", e.getGovernance());
        add(o, "sources", e.getSources());
        add(o, "website", e.getWebsite());
        add(o, "email", e.getEmail());
        add(o, "censusId", e.getCensusId());
        return o.build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every sheet as the CSV file the import reads (semicolons, UTF-8 with BOM)")
    public Response export() {
        byte[] body = experiences
                .exportCsv(ExperienceService.Filter.none(), ApiLocale.of(headers))
                .getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"experiences.csv\"")
                .build();
    }

    @POST
    @Path("import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import a CSV file (census columns NOM_TL, NOMCOM, LAT, LONG, TYPO… and the library's own)",
            description = "All or nothing; a sheet with the same census id, or name and commune, is updated;"
                    + " at most 10,000 lines and 5 MB. MANAGER or ORGANIZER")
    @APIResponse(responseCode = "400", description = "Each line at fault, with its number")
    public JsonObject importCsv(byte[] body) {
        Locale locale = ApiLocale.of(headers);
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        ExperienceService.Imported r = experiences.importCsv(text, locale);
        if (!r.isSuccess()) {
            throw new ValidationFailure(r.errors());
        }
        return Json.createObjectBuilder()
                .add("created", r.created())
                .add("updated", r.updated())
                .build();
    }

    private JsonObjectBuilder summary(Experience e) {
        JsonArrayBuilder offers = Json.createArrayBuilder();
        e.getOffers().forEach(o -> offers.add(o.name()));
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", e.getId())
                .add("name", e.getName())
                .add("legalForm", e.getLegalForm().name())
                .add("offers", offers)
                .add("size", e.sizeClass().name())
                .add("illustrative", e.isIllustrative())
                .add("ours", e.isOurs());
        add(o, "commune", e.getCommune());
        add(o, "department", e.getDepartment());
        if (e.getLatitude() != null && e.getLongitude() != null) {
            o.add("latitude", e.getLatitude()).add("longitude", e.getLongitude());
        }
        if (e.getYearOpened() != null) {
            o.add("yearOpened", e.getYearOpened());
        }
        if (e.getBudget() != null) {
            o.add("budget", e.getBudget());
        }
        if (e.getOwnResourcesPct() != null) {
            o.add("ownResourcesPct", e.getOwnResourcesPct());
        }
        if (e.getStaffFte() != null) {
            o.add("staffFte", e.getStaffFte());
        }
        if (e.getVolunteers() != null) {
            o.add("volunteers", e.getVolunteers());
        }
        if (e.getSurfaceM2() != null) {
            o.add("surfaceM2", e.getSurfaceM2());
        }
        return o;
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String field, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(
                    field,
                    messages.format(
                            locale,
                            "core.experience.error.constant",
                            value,
                            java.util.Arrays.toString(type.getEnumConstants())));
        }
    }
}
