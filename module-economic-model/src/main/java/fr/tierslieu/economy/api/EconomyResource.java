package fr.tierslieu.economy.api;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.economy.application.EconomyExports;
import fr.tierslieu.economy.application.EconomyService;
import fr.tierslieu.economy.domain.EconomicModel;
import fr.tierslieu.economy.domain.Forecast;
import fr.tierslieu.economy.domain.ModelJson;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.Occupancy;
import fr.tierslieu.economy.domain.Scenario;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The economic model over HTTP. A model's document — {@code name}, {@code projectId},
 * {@code assumptions} (the {@link ModelSpec} JSON: rates in percent, months from 1) and
 * {@code scenarios} (name and overrides, JSON Pointer → number) — is both what {@code GET} returns
 * (the export format) and what {@code POST}/{@code PUT} take; {@code POST /economy/forecast}
 * computes the forecast of such a document without saving anything.
 */
@Path("economy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Economic model", description = "Models (CRUD), forecast engine, exports")
public class EconomyResource {

    @Inject
    EconomyService economy;

    @Inject
    EconomyExports exports;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    @GET
    @Path("models")
    @Operation(summary = "Models: id, version, name, project, illustrative")
    public JsonValue list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (EconomicModel m : economy.models()) {
            a.add(header(m));
        }
        return a.build();
    }

    @GET
    @Path("models/{id}")
    @Operation(summary = "A model's full document (its export format)")
    @APIResponse(responseCode = "404", description = "No such model")
    public JsonObject get(@PathParam("id") long id) {
        return document(economy.model(id));
    }

    @POST
    @Path("models")
    @Transactional
    @Operation(
            summary = "Create a model from a document",
            description = "400 naming each field at fault; 403 unless MANAGER/ADMIN")
    public Response create(JsonObject body) {
        Locale locale = ApiLocale.of(headers);
        Parsed p = parse(body, locale);
        EconomicModel m = economy.create(p.name, p.projectId, p.illustrative, p.spec, locale);
        for (Map.Entry<String, Map<String, Double>> s : p.scenarios.entrySet()) {
            economy.saveScenario(m.getId(), null, null, s.getKey(), s.getValue(), locale);
        }
        return Response.status(201).entity(document(economy.model(m.getId()))).build();
    }

    @PUT
    @Path("models/{id}")
    @Transactional
    @Operation(
            summary = "Replace a model's name, project and assumptions",
            description =
                    "The body's version must be the one read: 409 if someone saved since. Scenarios are replaced when given.")
    public JsonObject update(@PathParam("id") long id, JsonObject body) {
        Locale locale = ApiLocale.of(headers);
        Parsed p = parse(body, locale);
        if (!(body.get("version") instanceof JsonNumber version)) {
            throw ValidationFailure.of("version", messages.get(locale, "core.error.required"));
        }
        economy.save(id, version.longValue(), p.name, p.projectId, p.spec, locale);
        if (body.containsKey("scenarios")) {
            economy.scenarios(id).forEach(s -> economy.deleteScenario(s.getId()));
            for (Map.Entry<String, Map<String, Double>> s : p.scenarios.entrySet()) {
                economy.saveScenario(id, null, null, s.getKey(), s.getValue(), locale);
            }
        }
        return document(economy.model(id));
    }

    @DELETE
    @Path("models/{id}")
    @Operation(summary = "Delete a model with its scenarios and actual figures")
    public Response delete(@PathParam("id") long id) {
        economy.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("forecast")
    @Operation(
            summary = "Compute the forecast of a model document without saving",
            description =
                    "Takes a document (or just its assumptions) and returns the compte de résultat per year, the monthly "
                            + "cash plan, the first month of negative cash and the break-even of each activity. 400 naming each field.")
    public JsonObject forecast(JsonObject body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        ModelSpec spec = spec(body.containsKey("assumptions") ? body.get("assumptions") : body, locale);
        Forecast.Result f = economy.forecast(spec, locale);
        JsonArrayBuilder years = Json.createArrayBuilder();
        for (Forecast.Year y : f.years()) {
            years.add(Json.createObjectBuilder()
                    .add("year", y.year())
                    .add("sales", r(y.sales()))
                    .add("dues", r(y.dues()))
                    .add("operatingSubsidies", r(y.operatingSubsidies()))
                    .add("purchasesAndExternal", r(y.purchasesAndExternal()))
                    .add("taxes", r(y.taxes()))
                    .add("staff", r(y.staff()))
                    .add("otherCharges", r(y.otherCharges()))
                    .add("depreciation", r(y.depreciation()))
                    .add("financialCharges", r(y.financialCharges()))
                    .add("result", r(y.result()))
                    .add("inKind", r(y.inKind()))
                    .add("selfFinancingRatio", r4(y.selfFinancingRatio()))
                    .add("subsidyDependence", r4(y.subsidyDependence()))
                    .add("investmentSubsidyShare", r(y.investmentSubsidyShare()))
                    .add("dedicatedFundsCarried", r(y.dedicatedFundsCarried()))
                    .add("dedicatedFundsUsed", r(y.dedicatedFundsUsed()))
                    .add("selfFinancingCapacity", r(y.selfFinancingCapacity()))
                    .add(
                            "breakEvenSales",
                            Double.isInfinite(y.breakEvenSales())
                                    ? JsonValue.NULL
                                    : Json.createValue(r(y.breakEvenSales()))));
        }
        JsonArrayBuilder cash = Json.createArrayBuilder();
        for (double c : f.monthlyCash()) {
            cash.add(r(c));
        }
        JsonArrayBuilder breakEven = Json.createArrayBuilder();
        for (Forecast.ActivityBreakEven b : Forecast.activityBreakEven(spec.toModel(), 1)) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("activity", b.activity()).add("unitsPlanned", r(b.unitsPlanned()));
            o.add("unitsNeeded", Double.isNaN(b.unitsNeeded()) ? JsonValue.NULL : Json.createValue(r(b.unitsNeeded())));
            o.add(
                    "occupancyNeeded",
                    Double.isNaN(b.occupancyNeeded()) ? JsonValue.NULL : Json.createValue(r4(b.occupancyNeeded())));
            breakEven.add(o);
        }
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("years", years)
                .add("monthlyCash", cash)
                .add("breakEvenFirstYear", breakEven);
        if (f.firstNegativeMonth() == null) {
            out.addNull("firstNegativeMonth");
        } else {
            out.add("firstNegativeMonth", f.firstNegativeMonth())
                    .add("firstNegativeMonthLabel", spec.monthLabel(f.firstNegativeMonth()));
        }
        return out.build();
    }

    @GET
    @Path("models/{id}/occupancy")
    @Operation(
            summary = "The premises' simulated year: each space's weekly occupancy and status, each need's hours"
                    + " hosted and why not; 404 when the model describes no space or no need")
    public JsonObject occupancy(@PathParam("id") long id) {
        Occupancy.Result r = economy.occupancy(id);
        if (r == null) {
            throw new NotFoundException("Occupancy", id);
        }
        JsonArrayBuilder spaces = Json.createArrayBuilder();
        for (Occupancy.SpaceResult s : r.spaces()) {
            JsonArrayBuilder weekly = Json.createArrayBuilder();
            for (double w : s.weekly()) {
                weekly.add(r4(w));
            }
            spaces.add(Json.createObjectBuilder()
                    .add("name", s.name())
                    .add("surface", r(s.surface()))
                    .add("average", r4(s.average()))
                    .add("peak", r4(s.peak()))
                    .add("saturatedHours", s.saturatedHours())
                    .add("openHours", s.openHours())
                    .add("status", s.status().name())
                    .add("weekly", weekly));
        }
        JsonArrayBuilder needs = Json.createArrayBuilder();
        for (Occupancy.NeedResult n : r.needs()) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("name", n.name())
                    .add("activity", n.activity())
                    .add("area", r(n.area()))
                    .add("demandedHours", n.demandedHours())
                    .add("servedHours", n.servedHours())
                    .add("servedShare", r4(n.servedShare()))
                    .add("reason", n.reason().name())
                    .add("conflicts", Json.createArrayBuilder(n.conflicts()))
                    .add("storageMissing", r(n.storageMissing()));
            if (n.space() != null) {
                o.add("space", n.space());
            }
            if (n.worksOn() != null) {
                o.add("worksOn", n.worksOn()).add("worksCost", r(n.worksCost()));
            }
            needs.add(o);
        }
        return Json.createObjectBuilder()
                .add("totalSurface", r(r.totalSurface()))
                .add("usableSurface", r(r.usableSurface()))
                .add("peakMissingArea", r(r.peakMissingArea()))
                .add("spaces", spaces)
                .add("needs", needs)
                .build();
    }

    @GET
    @Path("models/{id}/workbook.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Excel workbook: assumptions, compte de résultat, cash plan, scenarios")
    public Response workbook(@PathParam("id") long id) {
        return file(
                exports.workbook(id, ApiLocale.of(headers)),
                "modele-economique.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GET
    @Path("models/{id}/budget.pdf")
    @Produces("application/pdf")
    @Operation(summary = "PDF budget prévisionnel with contributions in kind")
    public Response budget(@PathParam("id") long id) {
        return file(exports.budgetPdf(id, ApiLocale.of(headers)), "budget-previsionnel.pdf", "application/pdf");
    }

    @POST
    @Path("models/{id}/import/fec")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import the actual figures of a FEC (fichier des écritures comptables)",
            description =
                    "Tab- or pipe-separated, 18 standard columns, UTF-8 or ISO-8859-15, at most 32 MB and 200,000 lines. "
                            + "Result accounts go to the model's lines by its own choices, then by the chart's defaults; all or nothing: "
                            + "400 with the first problems and their line numbers. Answers the lines read, the monthly figures written "
                            + "and the result accounts left out with their totals.")
    public Response importFec(@PathParam("id") long id, byte[] body) {
        EconomyService.FecSummary s = economy.importFec(id, body, ApiLocale.of(headers));
        JsonObjectBuilder unmapped = Json.createObjectBuilder();
        s.unmapped().forEach((account, amount) -> unmapped.add(account, amount));
        return Response.ok(Json.createObjectBuilder()
                        .add("entries", s.entries())
                        .add("figures", s.figures())
                        .add("unmapped", unmapped)
                        .build())
                .build();
    }

    @GET
    @Path("models/{id}/cerfa.pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "Budget of the subsidy form (Cerfa n° 12156*06) for a calendar year of the model",
            description = "?year=2027 (default: the model's first year); 400 naming « year » outside the horizon")
    public Response cerfaPdf(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("year") String year) {
        Locale locale = ApiLocale.of(headers);
        return file(
                exports.cerfaPdf(id, modelYear(id, year, locale), locale), "budget-cerfa-12156.pdf", "application/pdf");
    }

    @GET
    @Path("models/{id}/cerfa.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(
            summary = "The same Cerfa budget as a spreadsheet",
            description = "?year=2027; 400 naming « year » outside the horizon")
    public Response cerfaXlsx(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("year") String year) {
        Locale locale = ApiLocale.of(headers);
        return file(
                exports.cerfaXlsx(id, modelYear(id, year, locale), locale),
                "budget-cerfa-12156.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** A calendar year of the model (« 2027 ») as its 1-based year; the first when absent. */
    private int modelYear(long id, String year, Locale locale) {
        ModelSpec spec = economy.model(id).spec();
        if (year == null || year.isBlank()) {
            return 1;
        }
        int y;
        try {
            y = year.length() > 4 ? -1 : Integer.parseInt(year.strip()) - spec.startYear + 1;
        } catch (NumberFormatException e) {
            y = -1;
        }
        if (y < 1 || y > spec.years) {
            throw ValidationFailure.of(
                    "year",
                    messages.format(
                            locale,
                            "economy.error.cerfaYear",
                            String.valueOf(spec.startYear),
                            String.valueOf(spec.startYear + spec.years - 1)));
        }
        return y;
    }

    @GET
    @Path("models/{id}/cash.csv")
    @Produces("text/csv")
    @Operation(summary = "Monthly cash plan as CSV")
    public Response cashCsv(@PathParam("id") long id) {
        return file(exports.cashCsv(id, ApiLocale.of(headers)), "plan-de-tresorerie.csv", "text/csv;charset=UTF-8");
    }

    private static Response file(byte[] bytes, String name, String type) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private static double r(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double r4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private JsonObject header(EconomicModel m) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", m.getId())
                .add("version", m.getVersion())
                .add("name", m.getName())
                .add("illustrative", m.isIllustrative())
                .add("updatedAt", m.getUpdatedAt().toString());
        if (m.getProjectId() == null) {
            b.addNull("projectId");
        } else {
            b.add("projectId", m.getProjectId());
        }
        return b.build();
    }

    private JsonObject document(EconomicModel m) {
        JsonObjectBuilder b = Json.createObjectBuilder(header(m)).add("assumptions", ModelJson.toJson(m.spec()));
        JsonArrayBuilder scenarios = Json.createArrayBuilder();
        for (Scenario s : economy.scenarios(m.getId())) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            s.overrides().forEach(o::add);
            scenarios.add(Json.createObjectBuilder().add("name", s.getName()).add("overrides", o));
        }
        return b.add("scenarios", scenarios).build();
    }

    private record Parsed(
            String name,
            Long projectId,
            boolean illustrative,
            ModelSpec spec,
            Map<String, Map<String, Double>> scenarios) {}

    private Parsed parse(JsonObject body, Locale locale) {
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        String name = body.get("name") instanceof JsonString s ? s.getString() : null;
        Long projectId = body.get("projectId") instanceof JsonNumber n ? n.longValue() : null;
        boolean illustrative = body.getBoolean("illustrative", false);
        ModelSpec spec = spec(body.get("assumptions"), locale);
        Map<String, Map<String, Double>> scenarios = new LinkedHashMap<>();
        if (body.get("scenarios") instanceof jakarta.json.JsonArray list) {
            if (list.size() > Scenario.MAX_PER_MODEL) {
                throw ValidationFailure.of(
                        "scenarios", messages.format(locale, "core.error.tooMany", Scenario.MAX_PER_MODEL));
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof JsonObject s)
                        || !(s.get("name") instanceof JsonString sn)
                        || !(s.get("overrides") instanceof JsonObject overrides)) {
                    throw ValidationFailure.of(
                            "scenarios[" + i + "]", messages.get(locale, "economy.error.scenarioDocument"));
                }
                if (overrides.size() > Scenario.MAX_OVERRIDES) {
                    throw ValidationFailure.of(
                            "scenarios[" + i + "].overrides",
                            messages.format(locale, "core.error.tooMany", Scenario.MAX_OVERRIDES));
                }
                Map<String, Double> values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : overrides.entrySet()) {
                    if (!(e.getValue() instanceof JsonNumber v)) {
                        throw ValidationFailure.of(
                                "scenarios[" + i + "].overrides",
                                messages.format(locale, "economy.error.override", e.getKey()));
                    }
                    values.put(e.getKey(), v.doubleValue());
                }
                scenarios.put(sn.getString(), values);
            }
        }
        return new Parsed(name, projectId, illustrative, spec, scenarios);
    }

    private ModelSpec spec(JsonValue json, Locale locale) {
        if (!(json instanceof JsonObject o)) {
            throw ValidationFailure.of("assumptions", messages.get(locale, "core.error.required"));
        }
        try {
            return ModelJson.fromJson(o);
        } catch (ModelJson.TooMany e) {
            throw ValidationFailure.of(e.path(), messages.format(locale, "core.error.tooMany", e.max()));
        } catch (ModelJson.Unreadable e) {
            throw ValidationFailure.of(e.path(), messages.format(locale, "economy.error.unreadable", e.getMessage()));
        }
    }
}
