package fr.tierslieu.governance.api;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.application.CollegeDraft;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The governance module over HTTP: colleges, and a tally engine other tools can call. */
@Path("governance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Governance", description = "Voting colleges and vote tallies")
public class GovernanceResource {

    @Inject
    GovernanceService governance;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    public record CollegeJson(String name, BigDecimal weight, String description) {}

    /**
     * The legal form and its colleges; for a SCIC, the last révision coopérative (or registration)
     * recorded and when the next is due (ISO dates, null when unknown).
     */
    public record CollegesJson(
            Long version,
            String legalForm,
            List<CollegeJson> colleges,
            List<String> problems,
            String lastRevisionOn,
            String nextRevisionDue) {}

    /** The date of the last révision coopérative (or of the registration), ISO. */
    public record RevisionJson(String lastRevisionOn) {}

    @PUT
    @Path("revision")
    @Operation(
            summary = "Record the last révision coopérative of a SCIC (or its registration)",
            description =
                    "ISO date, not in the future; null forgets it. The roadmap then shows when the next one is due"
                            + " (every five years, loi 47-1775 art. 19 duodecies)")
    @APIResponse(responseCode = "400", description = "An unreadable or future date, named lastRevisionOn")
    public CollegesJson recordRevision(RevisionJson body) {
        Locale locale = ApiLocale.of(headers);
        java.time.LocalDate on = null;
        if (body != null
                && body.lastRevisionOn() != null
                && !body.lastRevisionOn().isBlank()) {
            try {
                on = java.time.LocalDate.parse(body.lastRevisionOn().trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw ValidationFailure.of(
                        "lastRevisionOn", messages.format(locale, "core.api.error.date", body.lastRevisionOn()));
            }
        }
        return json(governance.recordRevision(on, java.time.LocalDate.now(), locale), locale);
    }

    @GET
    @Path("colleges")
    @Operation(summary = "The legal form studied and its voting colleges, with the SCIC rules' problems if any")
    public CollegesJson colleges() {
        return json(governance.profile(), ApiLocale.of(headers));
    }

    @PUT
    @Path("colleges")
    @Operation(
            summary = "Replace the legal form and all colleges",
            description = "Send the version you read; for a SCIC, "
                    + "at least 3 colleges, each 10–50 %, total 100 % (400 naming the college otherwise)")
    @APIResponse(responseCode = "409", description = "Saved by someone else since that version")
    public CollegesJson saveColleges(CollegesJson body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null || body.version() == null) {
            throw ValidationFailure.of("version", messages.get(locale, "core.api.error.versionRequired"));
        }
        LegalForm form;
        try {
            form = body.legalForm() == null ? null : LegalForm.valueOf(body.legalForm());
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(
                    "legalForm",
                    messages.format(
                            locale,
                            "core.api.error.enum",
                            body.legalForm(),
                            java.util.Arrays.toString(LegalForm.values())));
        }
        List<CollegeDraft> drafts = new ArrayList<>();
        for (CollegeJson c : body.colleges() == null ? List.<CollegeJson>of() : body.colleges()) {
            drafts.add(new CollegeDraft(c.name(), c.weight(), c.description()));
        }
        return json(governance.saveColleges(body.version(), form, drafts, locale), locale);
    }

    private CollegesJson json(GovernanceProfile p, Locale locale) {
        return new CollegesJson(
                p.getVersion(),
                p.getLegalForm().name(),
                p.getColleges().stream()
                        .map(c -> new CollegeJson(c.getName(), c.getWeight(), c.getDescription()))
                        .toList(),
                p.getLegalForm().isScic() ? governance.scicProblems(locale) : List.of(),
                p.getLastRevisionOn() == null ? null : p.getLastRevisionOn().toString(),
                p.getLegalForm().isScic() && p.nextRevisionDue() != null
                        ? p.nextRevisionDue().toString()
                        : null);
    }

    @Inject
    fr.tierslieu.governance.application.BodyService bodies;

    @Inject
    fr.tierslieu.governance.application.SessionService sessions;

    public record MandateJson(
            long actorId,
            String representative,
            String position,
            String college,
            java.time.LocalDate start,
            java.time.LocalDate end) {}

    public record BodyJson(
            long id,
            long version,
            String name,
            String kind,
            Long parentId,
            BigDecimal quorumFirst,
            BigDecimal quorumSecond,
            String majority,
            int maxProxies,
            int noticeDays,
            boolean weighted,
            Integer mandateYears,
            String renewalRule,
            List<MandateJson> mandates) {}

    @GET
    @Path("bodies")
    @Operation(summary = "Bodies with their statutory rules and their mandates")
    public List<BodyJson> bodies() {
        return bodies.bodies().stream()
                .map(b -> new BodyJson(
                        b.getId(),
                        b.getVersion(),
                        b.getName(),
                        b.getKind().name(),
                        b.getParent() == null ? null : b.getParent().getId(),
                        b.getQuorumFirst(),
                        b.getQuorumSecond(),
                        b.getMajority().name(),
                        b.getMaxProxies(),
                        b.getNoticeDays(),
                        b.isWeighted(),
                        b.getMandateYears(),
                        b.getRenewalRule(),
                        bodies.mandates(b.getId()).stream()
                                .map(m -> new MandateJson(
                                        m.getActorId(),
                                        m.getRepresentative(),
                                        m.getPosition().name(),
                                        m.getCollege() == null
                                                ? null
                                                : m.getCollege().getName(),
                                        m.getStartDate(),
                                        m.getEndDate()))
                                .toList()))
                .toList();
    }

    public record NewBodyJson(
            String name,
            String kind,
            Long parentId,
            BigDecimal quorumFirst,
            BigDecimal quorumSecond,
            String majority,
            Integer maxProxies,
            Integer noticeDays,
            boolean weighted,
            Integer mandateYears,
            String renewalRule) {}

    @POST
    @Path("bodies")
    @Operation(
            summary = "Create a body with its statutory rules",
            description = "400 naming each field at fault; 403 unless BOARD/ADMIN")
    public jakarta.ws.rs.core.Response createBody(NewBodyJson body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        fr.tierslieu.governance.application.BodyDraft d = new fr.tierslieu.governance.application.BodyDraft();
        d.setName(body.name());
        d.setKind(parse(fr.tierslieu.governance.domain.BodyKind.class, "kind", body.kind(), locale));
        d.setParentId(body.parentId());
        d.setQuorumFirst(body.quorumFirst() == null ? BigDecimal.ZERO : body.quorumFirst());
        d.setQuorumSecond(body.quorumSecond() == null ? BigDecimal.ZERO : body.quorumSecond());
        d.setMajority(
                body.majority() == null
                        ? fr.tierslieu.governance.domain.Majority.SIMPLE
                        : parse(fr.tierslieu.governance.domain.Majority.class, "majority", body.majority(), locale));
        d.setMaxProxies(body.maxProxies() == null ? 0 : body.maxProxies());
        d.setNoticeDays(body.noticeDays() == null ? 0 : body.noticeDays());
        d.setWeighted(body.weighted());
        d.setMandateYears(body.mandateYears());
        d.setRenewalRule(body.renewalRule());
        var saved = bodies.saveBody(d, locale);
        return jakarta.ws.rs.core.Response.status(201)
                .entity(bodies().stream()
                        .filter(b -> b.id() == saved.getId())
                        .findFirst()
                        .orElseThrow())
                .build();
    }

    private <E extends Enum<E>> E parse(Class<E> type, String field, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of(
                    field,
                    messages.format(
                            locale, "core.api.error.enum", value, java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    public record NewSignatureJson(
            Long actorId, String signatory, String capacity, java.time.LocalDate signedOn, String commitments) {}

    @POST
    @Path("charter/signatures")
    @Operation(summary = "Record a partner's signature of the charter version in force, with its commitments")
    @APIResponse(
            responseCode = "400",
            description = "No version in force, unknown actor, already signed, date before adoption…")
    public jakarta.ws.rs.core.Response sign(NewSignatureJson body) {
        Locale locale = ApiLocale.of(headers);
        var charter = charters.charter();
        var current = charters.current(charter.getId());
        if (current == null) {
            throw ValidationFailure.of(null, messages.get(locale, "governance.charter.noVersion"));
        }
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.error.required"));
        }
        var s = charters.sign(
                current.getId(),
                body.actorId(),
                body.signatory(),
                body.capacity(),
                body.signedOn(),
                body.commitments(),
                locale);
        return jakarta.ws.rs.core.Response.status(201)
                .entity(new SignatureJson(
                        s.getActorId(), s.getSignatory(), s.getCapacity(), s.getSignedOn(), s.getCommitments()))
                .build();
    }

    public record AttendanceJson(long actorId, boolean present, Long proxyTo, boolean byCorrespondence) {}

    public record ResolutionJson(
            int position,
            String title,
            String text,
            String majority,
            boolean voted,
            boolean adopted,
            String summary,
            List<StepJson> steps,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    enumeration = {"ORDINARY", "STATUTES", "DISSOLUTION", "EXCLUSION"})
            String kind) {}

    public record MeetingJson(
            long id,
            long bodyId,
            String title,
            java.time.LocalDateTime startsAt,
            String place,
            String agenda,
            java.time.LocalDate convenedOn,
            boolean noticeTooShort,
            List<AttendanceJson> attendance,
            List<ResolutionJson> resolutions) {}

    @GET
    @Path("meetings/{id}")
    @Operation(summary = "A meeting of a body: convocation, attendance with proxies, resolutions and their results")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public MeetingJson meeting(@jakarta.ws.rs.PathParam("id") long id) {
        var m = sessions.meeting(id);
        Locale locale = ApiLocale.of(headers);
        return new MeetingJson(
                m.getId(),
                m.getBody().getId(),
                m.getTitle(),
                m.getStartsAt(),
                m.getPlace(),
                m.getAgenda(),
                m.getConvenedOn(),
                m.isNoticeTooShort(),
                sessions.sheet(id).stream()
                        .map(l -> new AttendanceJson(
                                l.getActorId(), l.isPresent(), l.getProxyTo(), l.isByCorrespondence()))
                        .toList(),
                sessions.resolutions(id).stream()
                        .map(r -> resolution(r, locale))
                        .toList());
    }

    @GET
    @Path("bodies/{id}/minutes-register.pdf")
    @Produces("application/pdf")
    @Operation(
            summary =
                    "The body's register of minutes: every meeting held until today, each from a new page, pages numbered")
    @APIResponse(responseCode = "404", description = "No such body")
    public jakarta.ws.rs.core.Response minutesRegister(@jakarta.ws.rs.PathParam("id") long id) {
        Locale locale = ApiLocale.of(headers);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        actors.choices().forEach(c -> names.put(c.id(), c.label()));
        byte[] pdf =
                sessions.minutesRegisterPdf(id, java.time.LocalDate.now(), a -> names.getOrDefault(a, "#" + a), locale);
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"registre-proces-verbaux-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("decisions")
    @Operation(summary = "The register of decisions (voted resolutions), optionally filtered by text")
    public List<ResolutionJson> decisions(@jakarta.ws.rs.QueryParam("q") String q) {
        Locale locale = ApiLocale.of(headers);
        return sessions.decisions(q).stream().map(r -> resolution(r, locale)).toList();
    }

    /** The summary in the request's language (Accept-Language), the steps as numbers for programs. */
    private ResolutionJson resolution(fr.tierslieu.governance.domain.Resolution r, Locale locale) {
        List<String> lines = fr.tierslieu.governance.application.SessionService.summaryLines(messages, locale, r);
        return new ResolutionJson(
                r.getPosition(),
                r.getTitle(),
                r.getText(),
                r.getMajority().name(),
                r.isVoted(),
                r.isAdopted(),
                lines.isEmpty() ? null : String.join("\n", lines),
                r.getTallySteps().stream()
                        .map(s -> new StepJson(
                                s.key(),
                                s.args(),
                                fr.tierslieu.governance.application.SessionService.words(messages, locale, s)))
                        .toList(),
                r.getKind().name());
    }

    @Inject
    fr.tierslieu.governance.application.CharterService charters;

    @Inject
    fr.tierslieu.core.application.actor.ActorService actors;

    public record ArticleJson(long id, long version, int position, String heading, String body) {}

    public record SignatureJson(
            long actorId, String signatory, String capacity, java.time.LocalDate signedOn, String commitments) {}

    public record CharterVersionJson(
            int number, java.time.LocalDate adoptedOn, String text, List<SignatureJson> signatures) {}

    public record BoardJson(long actorId, String name, String status, Integer lastVersion) {}

    public record CharterJson(
            String title, List<ArticleJson> draft, List<CharterVersionJson> versions, List<BoardJson> signatures) {}

    @GET
    @Path("charter")
    @Operation(
            summary =
                    "The common charter: working articles, adopted versions with their signatures, and who must (re)sign")
    public CharterJson charter() {
        var c = charters.charter();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        actors.choices().forEach(x -> names.put(x.id(), x.label()));
        return new CharterJson(
                c.getTitle(),
                charters.articles(c.getId()).stream()
                        .map(a -> new ArticleJson(
                                a.getId(), a.getVersion(), a.getPosition(), a.getHeading(), a.getBody()))
                        .toList(),
                charters.versions(c.getId()).stream()
                        .map(v -> new CharterVersionJson(
                                v.getNumber(),
                                v.getAdoptedOn(),
                                v.getText(),
                                charters.signatures(v.getId()).stream()
                                        .map(s -> new SignatureJson(
                                                s.getActorId(),
                                                s.getSignatory(),
                                                s.getCapacity(),
                                                s.getSignedOn(),
                                                s.getCommitments()))
                                        .toList()))
                        .toList(),
                charters.board(c.getId(), id -> names.getOrDefault(id, "#" + id), java.time.LocalDate.now()).stream()
                        .map(b ->
                                new BoardJson(b.actorId(), b.name(), b.status().name(), b.lastVersion()))
                        .toList());
    }

    /**
     * A step of a tally: its message key (governance.tally.step.KEY), its arguments (numbers as
     * numbers: 0.6667 for 66,67 %), and the step in words in the request's language.
     */
    public record StepJson(String key, List<Object> args, String text) {}

    /** @param warnings the colleges' split breaks the SCIC rules (the same words as the colleges page); counted anyway */
    public record TallyJson(
            boolean quorumMet,
            boolean adopted,
            double represented,
            double total,
            TallyResult.Counts counts,
            List<TallyResult.CollegeResult> colleges,
            Double weightedFor,
            List<StepJson> steps,
            List<String> warnings) {}

    @POST
    @Path("tally")
    @Operation(
            summary = "Count a vote without saving it",
            description =
                    "Body: {quorum (0–1), maxProxies, majority (SIMPLE, ABSOLUTE, TWO_THIRDS, UNANIMITY, CONSENT), "
                            + "colleges:[{id, name, weight %}], members:[{id, name, weight, college, present, proxyTo, vote "
                            + "(FOR, AGAINST, ABSTAIN, BLANK, NONE), objection}]}. Answers whether the quorum is met and the motion "
                            + "adopted, the counts, each college's result and the weighted share, and every step in words.")
    @APIResponse(responseCode = "400", description = "Invalid input; each error names the field or member")
    public TallyJson tally(TallyInput body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "governance.tally.error.noMember"));
        }
        TallyResult r = governance.tally(body, locale);
        return new TallyJson(
                r.quorumMet(),
                r.adopted(),
                r.represented(),
                r.total(),
                r.counts(),
                r.colleges(),
                r.weightedFor(),
                r.steps().stream()
                        .map(s -> new StepJson(s.key(), s.args(), governance.describe(s, locale)))
                        .toList(),
                body.colleges() == null ? List.of() : governance.collegeProblems(body.colleges(), locale));
    }

    @Inject
    fr.tierslieu.governance.application.StatutesService statutes;

    @Context
    jakarta.ws.rs.core.SecurityContext security;

    @GET
    @Path("meetings/{id}/minutes.pdf")
    @Produces("application/pdf")
    @Operation(
            summary = "The minutes of a meeting: a draft PDF, or once signed a PDF/A-1b carrying one electronic"
                    + " signature per officer who signed")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public jakarta.ws.rs.core.Response minutes(@jakarta.ws.rs.PathParam("id") long id) {
        Locale locale = ApiLocale.of(headers);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        actors.choices().forEach(c -> names.put(c.id(), c.label()));
        byte[] pdf = sessions.minutesPdf(id, a -> names.getOrDefault(a, "#" + a), locale);
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"proces-verbal-" + id + ".pdf\"")
                .build();
    }

    /** Which officer signs: {@code CHAIR} (président·e de séance) or {@code SECRETARY}. */
    public record MinutesSignerJson(String role) {}

    /** Who signed the minutes and when (null until they do). */
    public record MinutesSignaturesJson(
            String chairSignedBy,
            java.time.LocalDateTime chairSignedAt,
            String secretarySignedBy,
            java.time.LocalDateTime secretarySignedAt) {}

    @POST
    @Path("meetings/{id}/signatures")
    @Operation(
            summary = "Signs the minutes as the meeting's chair or secretary, with the caller's account (board);"
                    + " the meeting no longer changes afterwards")
    @APIResponse(
            responseCode = "400",
            description = "role missing or unknown, officer not chosen, meeting not held, a resolution not voted,"
                    + " already signed, or both roles from one account (named signChair or signSecretary)")
    public MinutesSignaturesJson signMinutes(@jakarta.ws.rs.PathParam("id") long id, MinutesSignerJson body) {
        Locale locale = ApiLocale.of(headers);
        String role = body == null || body.role() == null ? "" : body.role();
        if (!role.equals("CHAIR") && !role.equals("SECRETARY")) {
            throw ValidationFailure.of("role", messages.get(locale, "core.error.required"));
        }
        String account = security.getUserPrincipal() == null
                ? null
                : security.getUserPrincipal().getName();
        var m = sessions.signMinutes(id, role.equals("CHAIR"), account, locale);
        return new MinutesSignaturesJson(
                m.getChairSignedBy(), m.getChairSignedAt(), m.getSecretarySignedBy(), m.getSecretarySignedAt());
    }

    /** One article of a draft: filled, or flagged with the answers it lacks. */
    public record DraftArticleJson(int number, String title, String reference, String text, List<String> missing) {}

    public record DraftJson(String document, String legalForm, String title, List<DraftArticleJson> articles) {}

    @GET
    @Path("statutes/{document}")
    @Operation(
            summary = "The draft statuts or règlement intérieur (document = statuts | reglement), article by article"
                    + " from the clause library, each filled or flagged with what it lacks")
    @APIResponse(responseCode = "404", description = "No such document for the legal form answered")
    public DraftJson statutes(@jakarta.ws.rs.PathParam("document") String document) {
        var d = statutes.draft(document);
        return new DraftJson(
                d.id(),
                d.form().name(),
                d.title(),
                d.articles().stream()
                        .map(a -> new DraftArticleJson(a.number(), a.title(), a.reference(), a.text(), a.missing()))
                        .toList());
    }

    @GET
    @Path("statutes/{document}.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "The draft as an editable Word document, missing answers highlighted")
    public jakarta.ws.rs.core.Response statutesDocx(@jakarta.ws.rs.PathParam("document") String document) {
        return jakarta.ws.rs.core.Response.ok(statutes.docx(document))
                .header("Content-Disposition", "attachment; filename=\"projet-" + document + ".docx\"")
                .build();
    }

    @GET
    @Path("statutes/{document}.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The draft as a PDF, articles to complete shown as warnings")
    public jakarta.ws.rs.core.Response statutesPdf(@jakarta.ws.rs.PathParam("document") String document) {
        return jakarta.ws.rs.core.Response.ok(statutes.pdf(document))
                .header("Content-Disposition", "attachment; filename=\"projet-" + document + ".pdf\"")
                .build();
    }
}
