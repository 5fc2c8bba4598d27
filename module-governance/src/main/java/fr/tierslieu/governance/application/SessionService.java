package fr.tierslieu.governance.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.Ballot;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.DecisionKind;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.Mandate;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.TallyEngine;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.Vote;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Meetings of the bodies ("séances"): convocation with the notice check, the attendance sheet with
 * proxies and the live quorum, resolutions and their votes counted by the {@link TallyEngine}, the
 * minutes (procès-verbal) as a PDF, and the register of decisions.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class SessionService {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    BodyService bodies;

    @Inject
    Mailer mailer;

    @Inject
    RegisterService register;

    @Inject
    AppConfig config;

    java.time.Clock clock = java.time.Clock.systemDefaultZone();

    /** The installation's signing key, opened (or made) on the first signed minutes. */
    private volatile MinutesSeal seal;

    @Inject
    fr.tierslieu.core.application.i18n.Validation validation;

    public SessionService() {}

    /** A meeting of a body, as the page names its fields. */
    static final class SessionForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = BodyMeeting.TITLE_MAX, message = TOO_LONG)
        private final String sessionTitle;

        @jakarta.validation.constraints.NotNull(message = REQUIRED)
        private final LocalDateTime startsAt;

        @jakarta.validation.constraints.Size(max = BodyMeeting.PLACE_MAX, message = TOO_LONG)
        private final String place;

        @jakarta.validation.constraints.Size(max = BodyMeeting.AGENDA_MAX, message = TOO_LONG)
        private final String agenda;

        @jakarta.validation.constraints.Size(max = BodyMeeting.MINUTES_MAX, message = TOO_LONG)
        private final String minutes;

        SessionForm(String sessionTitle, LocalDateTime startsAt, String place, String agenda, String minutes) {
            this.sessionTitle = sessionTitle;
            this.startsAt = startsAt;
            this.place = place;
            this.agenda = agenda;
            this.minutes = minutes;
        }
    }

    /** A resolution on the agenda, as the page names its fields. */
    static final class ResolutionForm {
        @jakarta.validation.constraints.NotBlank(message = REQUIRED)
        @jakarta.validation.constraints.Size(max = Resolution.TITLE_MAX, message = TOO_LONG)
        private final String resolutionTitle;

        @jakarta.validation.constraints.Size(max = Resolution.TEXT_MAX, message = TOO_LONG)
        private final String resolutionText;

        ResolutionForm(String resolutionTitle, String resolutionText) {
            this.resolutionTitle = resolutionTitle;
            this.resolutionText = resolutionText;
        }
    }

    public SessionService(EntityManager em, MessageBundles messages, BodyService bodies) {
        this(em, messages, bodies, new Mailer.Recorder());
    }

    public SessionService(EntityManager em, MessageBundles messages, BodyService bodies, Mailer mailer) {
        this.mailer = mailer;
        this.em = em;
        this.messages = messages;
        this.validation = fr.tierslieu.core.application.i18n.Validation.standalone(messages);
        this.bodies = bodies;
    }

    public List<BodyMeeting> meetings(long bodyId) {
        return em.createQuery(
                        "select m from BodyMeeting m where m.body.id = :b order by m.startsAt desc", BodyMeeting.class)
                .setParameter("b", bodyId)
                .getResultList();
    }

    /** Meetings from today on, all bodies, soonest first. */
    public List<BodyMeeting> upcoming(LocalDate today) {
        return em.createQuery(
                        "select m from BodyMeeting m join fetch m.body where m.startsAt >= :t order by m.startsAt",
                        BodyMeeting.class)
                .setParameter("t", today.atStartOfDay())
                .getResultList();
    }

    public BodyMeeting meeting(long id) {
        BodyMeeting m = em.find(BodyMeeting.class, id);
        if (m == null) {
            throw new NotFoundException("BodyMeeting", id);
        }
        return m;
    }

    /**
     * Creates (id null) or updates a meeting. A new meeting gets an attendance line for every
     * member whose mandate runs on its day.
     */
    @RequiresRole({Role.BOARD})
    public BodyMeeting save(
            long bodyId,
            Long id,
            Long version,
            String title,
            LocalDateTime startsAt,
            String place,
            String agenda,
            LocalDate convenedOn,
            boolean secondConvocation,
            String minutes,
            Locale locale) {
        Body body = bodies.body(bodyId);
        String clean = title == null ? "" : title.strip();
        List<ValidationFailure.Violation> problems = new ArrayList<>(
                validation.violationsOf(new SessionForm(clean, startsAt, place, agenda, minutes), locale, ""));
        if (startsAt != null && convenedOn != null && convenedOn.isAfter(startsAt.toLocalDate())) {
            problems.add(new ValidationFailure.Violation(
                    "convenedOn", messages.get(locale, "governance.session.error.convenedAfter")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        BodyMeeting meeting;
        if (id == null) {
            meeting = new BodyMeeting(body, clean, startsAt);
            em.persist(meeting);
            Map<Long, Boolean> seen = new HashMap<>();
            if (register().convenesFromRegister(body)) {
                // a general assembly convenes the members of the register on its day (voting; up to date if the
                // statutes say so)
                for (RegisterService.Standing s : register().standing(startsAt.toLocalDate(), body.isDuesRequired())) {
                    if (s.counted() && seen.putIfAbsent(s.member().getActorId(), true) == null) {
                        em.persist(new AttendanceLine(meeting, s.member().getActorId()));
                    }
                }
            } else {
                for (Mandate m : bodies.activeMandates(bodyId, startsAt.toLocalDate())) {
                    if (seen.putIfAbsent(m.getActorId(), true) == null) {
                        em.persist(new AttendanceLine(meeting, m.getActorId()));
                    }
                }
            }
        } else {
            meeting = meeting(id);
            if (version == null || version != meeting.getVersion()) {
                throw new ConcurrentEditException("BodyMeeting", id);
            }
            unsigned(meeting, locale);
        }
        meeting.describe(clean, startsAt, blank(place), blank(agenda), convenedOn, secondConvocation, blank(minutes));
        em.flush();
        return meeting;
    }

    /** A member's name and e-mail address (from the actor registry). */
    public record Contact(String name, String email) {}

    /**
     * Sends the convocation by e-mail to every member on the attendance sheet who has an address,
     * with the date, place, agenda and proxy rules, in the same transaction as the convocation date
     * it records. @return how many e-mails were queued
     */
    @RequiresRole({Role.BOARD})
    public int sendConvocation(long meetingId, LongFunction<Contact> contacts, Locale locale) {
        BodyMeeting m = meeting(meetingId);
        Body body = m.getBody();
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                        java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
                .withLocale(locale);
        for (AttendanceLine line : sheet(meetingId)) {
            Contact c = contacts.apply(line.getActorId());
            if (c != null
                    && mailer.queue(new MailOutbox.Mail(
                            "governance.mail.convocation",
                            c.email(),
                            c.name(),
                            locale,
                            c.name(),
                            body.getName(),
                            m.getTitle(),
                            m.getStartsAt().format(when),
                            m.getPlace() == null ? "–" : m.getPlace(),
                            m.getAgenda() == null ? "–" : m.getAgenda(),
                            body.getMaxProxies()))) {
                sent++;
            }
        }
        m.convened(today);
        em.flush();
        return sent;
    }

    public List<AttendanceLine> sheet(long meetingId) {
        return em.createQuery(
                        "select l from AttendanceLine l where l.meeting.id = :m order by l.id", AttendanceLine.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    /** Marks a member present, or absent with a proxy to another member of the sheet (or none). */
    @RequiresRole({Role.BOARD})
    public void mark(long lineId, boolean present, Long proxyTo, Locale locale) {
        AttendanceLine line = em.find(AttendanceLine.class, lineId);
        if (line == null) {
            throw new NotFoundException("AttendanceLine", lineId);
        }
        unsigned(line.getMeeting(), locale);
        if (!present && proxyTo != null) {
            boolean known = sheet(line.getMeeting().getId()).stream()
                    .anyMatch(l -> l.getActorId() == proxyTo
                            && l.getActorId() != line.getActorId()
                            && !l.isByCorrespondence());
            if (!known) {
                throw ValidationFailure.of("proxyTo", messages.get(locale, "governance.session.error.proxy"));
            }
        }
        line.mark(present, present ? null : proxyTo);
    }

    /**
     * Records that an absent member voted by correspondence (or online) before the meeting, as the
     * body's statutes allow: the member counts for the quorum and their votes are recorded like a
     * present member's; they neither give nor hold a proxy.
     */
    @RequiresRole({Role.BOARD})
    public void markByCorrespondence(long lineId, boolean byCorrespondence, Locale locale) {
        AttendanceLine line = em.find(AttendanceLine.class, lineId);
        if (line == null) {
            throw new NotFoundException("AttendanceLine", lineId);
        }
        unsigned(line.getMeeting(), locale);
        if (byCorrespondence && !line.getMeeting().getBody().isCorrespondenceAllowed()) {
            throw ValidationFailure.of(
                    "byCorrespondence", messages.get(locale, "governance.session.error.correspondence"));
        }
        if (byCorrespondence
                && sheet(line.getMeeting().getId()).stream()
                        .anyMatch(l -> l.getProxyTo() != null && l.getProxyTo() == line.getActorId())) {
            throw ValidationFailure.of(
                    "byCorrespondence", messages.get(locale, "governance.session.error.correspondenceProxy"));
        }
        line.markByCorrespondence(byCorrespondence);
    }

    /**
     * Chooses the meeting's président(e) and secrétaire de séance: two different members present
     * at the meeting (either may be left empty until chosen). The minutes name them above their
     * signatures.
     */
    @RequiresRole({Role.BOARD})
    public BodyMeeting officers(long meetingId, Long chair, Long secretary, Locale locale) {
        BodyMeeting meeting = meeting(meetingId);
        unsigned(meeting, locale);
        List<AttendanceLine> sheet = sheet(meetingId);
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        for (Map.Entry<String, Long> officer : List.of(
                Map.entry("chair", chair == null ? -1L : chair),
                Map.entry("secretary", secretary == null ? -1L : secretary))) {
            long actor = officer.getValue();
            if (actor != -1 && sheet.stream().noneMatch(l -> l.getActorId() == actor && l.isPresent())) {
                problems.add(new ValidationFailure.Violation(
                        officer.getKey(), messages.get(locale, "governance.session.error.officerPresent")));
            }
        }
        if (chair != null && chair.equals(secretary)) {
            problems.add(new ValidationFailure.Violation(
                    "secretary", messages.get(locale, "governance.session.error.officersDistinct")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        meeting.officers(chair, secretary);
        return meeting;
    }

    private RegisterService register() {
        if (register == null) {
            register = new RegisterService(em, messages, bodies);
        }
        return register;
    }

    /** The tally input of a meeting (attendance, proxies, colleges when the body votes by college) with the given votes. */
    TallyInput input(
            BodyMeeting meeting,
            Majority majority,
            Map<Long, Vote> votes,
            Map<Long, String> objections,
            LongFunction<String> names) {
        return input(meeting, majority, DecisionKind.ORDINARY, votes, objections, names);
    }

    TallyInput input(
            BodyMeeting meeting,
            Majority majority,
            DecisionKind kind,
            Map<Long, Vote> votes,
            Map<Long, String> objections,
            LongFunction<String> names) {
        Body body = meeting.getBody();
        Map<Long, Mandate> mandates = new LinkedHashMap<>();
        for (Mandate m :
                bodies.activeMandates(body.getId(), meeting.getStartsAt().toLocalDate())) {
            mandates.putIfAbsent(m.getActorId(), m);
        }
        // each voter's college: from the register for a general assembly convened from it, else from the mandate
        Map<Long, VotingCollege> collegeOf = new LinkedHashMap<>();
        mandates.forEach((actor, m) -> {
            if (m.getCollege() != null) {
                collegeOf.put(actor, m.getCollege());
            }
        });
        if (register().convenesFromRegister(body)) {
            for (RegisterService.Standing s :
                    register().standing(meeting.getStartsAt().toLocalDate(), false)) {
                if (s.member().getCollege() != null) {
                    collegeOf.put(s.member().getActorId(), s.member().getCollege());
                }
            }
        }
        List<TallyInput.College> colleges = new ArrayList<>();
        if (body.isWeighted()) {
            for (VotingCollege c : collegeOf.values()) {
                if (colleges.stream().noneMatch(x -> x.id().equals(String.valueOf(c.getId())))) {
                    colleges.add(new TallyInput.College(
                            String.valueOf(c.getId()),
                            c.getName(),
                            c.getWeight().doubleValue()));
                }
            }
        }
        List<TallyInput.Member> members = new ArrayList<>();
        for (AttendanceLine l : sheet(meeting.getId())) {
            VotingCollege c = collegeOf.get(l.getActorId());
            String college = colleges.isEmpty() || c == null ? null : String.valueOf(c.getId());
            if (!colleges.isEmpty() && college == null) {
                continue; // a member without college does not vote in a weighted body
            }
            members.add(new TallyInput.Member(
                    String.valueOf(l.getActorId()),
                    names.apply(l.getActorId()),
                    1.0,
                    college,
                    l.counts(),
                    l.getProxyTo() == null ? null : String.valueOf(l.getProxyTo()),
                    votes.getOrDefault(l.getActorId(), Vote.NONE),
                    objections.get(l.getActorId())));
        }
        double quorum =
                (meeting.isSecondConvocation() ? body.getQuorumSecond() : body.getQuorumFirst()).doubleValue() / 100;
        return new TallyInput(quorum, body.getMaxProxies(), majority, colleges, members, body.baseFor(kind));
    }

    /** Quorum as the sheet stands now (no vote counted). */
    public TallyResult quorum(long meetingId, LongFunction<String> names) {
        BodyMeeting meeting = meeting(meetingId);
        return TallyEngine.tally(input(meeting, Majority.SIMPLE, Map.of(), Map.of(), names));
    }

    public List<Resolution> resolutions(long meetingId) {
        return em.createQuery(
                        "select r from Resolution r where r.meeting.id = :m order by r.position", Resolution.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    @RequiresRole({Role.BOARD})
    public Resolution addResolution(long meetingId, String title, String text, Majority majority, Locale locale) {
        return addResolution(meetingId, title, text, majority, DecisionKind.ORDINARY, locale);
    }

    /** A resolution of the given kind: its majority is counted over the base the statutes set for that kind. */
    @RequiresRole({Role.BOARD})
    public Resolution addResolution(
            long meetingId, String title, String text, Majority majority, DecisionKind kind, Locale locale) {
        BodyMeeting meeting = meeting(meetingId);
        unsigned(meeting, locale);
        String clean = title == null ? "" : title.strip();
        List<ValidationFailure.Violation> problems =
                new ArrayList<>(validation.violationsOf(new ResolutionForm(clean, text), locale, ""));
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Resolution r = new Resolution(
                meeting,
                resolutions(meetingId).size() + 1,
                clean,
                blank(text),
                majority == null ? meeting.getBody().getMajority() : majority,
                kind);
        em.persist(r);
        em.flush();
        return r;
    }

    /**
     * Records every member's vote on a resolution (members absent and not represented cannot vote)
     * and its result; a resolution is voted once.
     */
    @RequiresRole({Role.BOARD})
    public TallyResult vote(
            long resolutionId,
            Map<Long, Vote> votes,
            Map<Long, String> objections,
            LongFunction<String> names,
            Locale locale) {
        Resolution r = em.find(Resolution.class, resolutionId);
        if (r == null) {
            throw new NotFoundException("Resolution", resolutionId);
        }
        unsigned(r.getMeeting(), locale);
        if (r.isVoted()) {
            throw ValidationFailure.of(null, messages.format(locale, "governance.session.error.voted", r.getTitle()));
        }
        // a meeting votes on its day, not before: a vote recorded ahead of the meeting would be no decision
        LocalDate day = r.getMeeting().getStartsAt().toLocalDate();
        if (day.isAfter(LocalDate.now(clock))) {
            throw ValidationFailure.of(
                    null,
                    messages.format(
                            locale,
                            "governance.session.error.future",
                            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                                    .withLocale(locale)
                                    .format(day)));
        }
        TallyInput input = input(r.getMeeting(), r.getMajority(), r.getKind(), votes, objections, names);
        TallyResult result = TallyEngine.tally(input);
        for (TallyInput.Member m : input.members()) {
            if (m.vote() != Vote.NONE) {
                em.persist(new Ballot(
                        r,
                        Long.parseLong(m.id()),
                        m.vote(),
                        m.objection() == null || m.objection().isBlank()
                                ? null
                                : m.objection().strip()));
            }
        }
        r.record(result);
        em.flush();
        return result;
    }

    /** The register of decisions: voted resolutions whose title or text contains the words, most recent first. */
    public List<Resolution> decisions(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // (the "voted" filter is applied here: EclipseLink inlines boolean literals as 1, which H2 2.x refuses)
        return em
                .createQuery(
                        "select r from Resolution r join fetch r.meeting m join fetch m.body "
                                + "where (:q = '' or lower(r.title) like :like or lower(r.text) like :like) order by m.startsAt desc, r.position",
                        Resolution.class)
                .setParameter("q", q)
                .setParameter("like", "%" + q + "%")
                .getResultList()
                .stream()
                .filter(Resolution::isVoted)
                .toList();
    }

    /**
     * The minutes (procès-verbal) of a meeting as a PDF: a draft until an officer signs; once signed,
     * PDF/A-1b with one electronic signature per officer who signed ({@link MinutesSeal}).
     */
    public byte[] minutesPdf(long meetingId, LongFunction<String> names, Locale locale) {
        BodyMeeting m = meeting(meetingId);
        if (!m.isSigned()) {
            PdfDocument pdf = new PdfDocument(false, m.getTitle());
            writeMinutes(pdf, m, names, locale);
            return pdf.toBytes();
        }
        PdfDocument pdf = PdfDocument.archival(messages.get(locale, "governance.session.pv") + " – " + m.getTitle());
        writeMinutes(pdf, m, names, locale);
        List<MinutesSeal.Signer> signers = new ArrayList<>();
        for (boolean chair : new boolean[] {true, false}) {
            LocalDateTime at = chair ? m.getChairSignedAt() : m.getSecretarySignedAt();
            if (at != null) {
                signers.add(new MinutesSeal.Signer(
                        names.apply(chair ? m.getChairActorId() : m.getSecretaryActorId()),
                        messages.format(
                                locale,
                                "governance.session.pv.signatureReason",
                                messages.get(
                                        locale,
                                        chair
                                                ? "governance.session.pv.chairSigns"
                                                : "governance.session.pv.secretarySigns"),
                                chair ? m.getChairSignedBy() : m.getSecretarySignedBy()),
                        at,
                        m.getPlace()));
            }
        }
        signers.sort(java.util.Comparator.comparing(MinutesSeal.Signer::signedAt));
        return seal().sign(pdf.toBytes(), signers);
    }

    /**
     * An officer signs the minutes with the account they are signed in with: the président(e)
     * ({@code chair}) or the secrétaire de séance. Both must have been chosen, the meeting held and
     * every resolution voted; the two signatures come from two different accounts. From the first
     * signature on, the meeting, its attendance and its votes no longer change.
     */
    @RequiresRole({Role.BOARD})
    public BodyMeeting signMinutes(long meetingId, boolean chair, String account, Locale locale) {
        BodyMeeting m = meeting(meetingId);
        String field = chair ? "signChair" : "signSecretary";
        Long officer = chair ? m.getChairActorId() : m.getSecretaryActorId();
        if (officer == null) {
            throw ValidationFailure.of(field, messages.get(locale, "governance.session.error.signNoOfficer"));
        }
        if (m.getStartsAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            throw ValidationFailure.of(field, messages.get(locale, "governance.session.error.signFuture"));
        }
        if (resolutions(meetingId).stream().anyMatch(r -> !r.isVoted())) {
            throw ValidationFailure.of(field, messages.get(locale, "governance.session.error.signUnvoted"));
        }
        if ((chair ? m.getChairSignedAt() : m.getSecretarySignedAt()) != null) {
            throw ValidationFailure.of(field, messages.get(locale, "governance.session.error.signedAlready"));
        }
        String other = chair ? m.getSecretarySignedBy() : m.getChairSignedBy();
        if (account == null || account.isBlank() || account.length() > BodyMeeting.ACCOUNT_MAX) {
            throw ValidationFailure.of(field, messages.get(locale, "core.error.denied"));
        }
        if (account.equals(other)) {
            throw ValidationFailure.of(field, messages.get(locale, "governance.session.error.signSameAccount"));
        }
        m.signedBy(chair, account, LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        em.flush();
        return m;
    }

    /** Uses {@code seal} to sign the minutes (tests; in the application the data folder's key). */
    public void useSeal(MinutesSeal seal) {
        this.seal = seal;
    }

    private MinutesSeal seal() {
        MinutesSeal s = seal;
        if (s == null) {
            s = MinutesSeal.at(config.dataDir().resolve("signing").resolve("minutes-seal.p12"), "Tiers-Lieu Studio");
            seal = s;
        }
        return s;
    }

    private void unsigned(BodyMeeting meeting, Locale locale) {
        if (meeting.isSigned()) {
            throw ValidationFailure.of(null, messages.get(locale, "governance.session.error.signed"));
        }
    }

    /** At most this many meetings in one register (a body meeting every week for ten years). */
    public static final int REGISTER_MAX_MEETINGS = 520;

    /**
     * The register of minutes of a body: every meeting held by {@code until}, oldest first, each
     * starting on a new page, the pages numbered at their foot with room for the keeper's initials
     * (a register « coté et paraphé », as banks, notaries and the prefecture expect it).
     */
    public byte[] minutesRegisterPdf(long bodyId, LocalDate until, LongFunction<String> names, Locale locale) {
        Body body = bodies.body(bodyId);
        List<BodyMeeting> held = em.createQuery(
                        "select m from BodyMeeting m where m.body.id = :b and m.startsAt < :until "
                                + "order by m.startsAt, m.id",
                        BodyMeeting.class)
                .setParameter("b", bodyId)
                .setParameter("until", until.plusDays(1).atStartOfDay())
                .setMaxResults(REGISTER_MAX_MEETINGS)
                .getResultList();
        String title = messages.get(locale, "governance.register.minutes") + " – " + body.getName();
        PdfDocument pdf = new PdfDocument(false, title)
                .numberPages(title, messages.get(locale, "governance.register.initials"))
                .title(title)
                .subtitle(messages.format(
                        locale,
                        "governance.register.minutesIntro",
                        held.size(),
                        until.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale))));
        if (held.isEmpty()) {
            pdf.paragraph(messages.get(locale, "governance.register.minutesNone"));
        }
        for (BodyMeeting m : held) {
            pdf.newPage();
            writeMinutes(pdf, m, names, locale);
        }
        return pdf.toBytes();
    }

    private void writeMinutes(PdfDocument pdf, BodyMeeting m, LongFunction<String> names, Locale locale) {
        long meetingId = m.getId();
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
        pdf.title(messages.get(locale, "governance.session.pv") + " – " + m.getTitle())
                .subtitle(m.getBody().getName() + " · " + m.getStartsAt().format(f)
                        + (m.getPlace() == null ? "" : " · " + m.getPlace()));
        TallyResult q = quorum(meetingId, names);
        pdf.heading(messages.get(locale, "governance.session.attendance"));
        List<List<String>> rows = new ArrayList<>();
        for (AttendanceLine l : sheet(meetingId)) {
            rows.add(List.of(
                    names.apply(l.getActorId()),
                    l.isPresent()
                            ? messages.get(locale, "governance.session.present")
                            : l.isByCorrespondence()
                                    ? messages.get(locale, "governance.session.byCorrespondence")
                                    : l.getProxyTo() != null
                                            ? messages.format(
                                                    locale,
                                                    "governance.session.representedBy",
                                                    names.apply(l.getProxyTo()))
                                            : messages.get(locale, "governance.session.absent")));
        }
        pdf.table(
                List.of(
                        messages.get(locale, "governance.tally.member.name"),
                        messages.get(locale, "governance.session.status")),
                rows,
                new float[] {3, 2},
                null);
        q.steps().stream()
                .filter(s -> s.key().startsWith("presence")
                        || s.key().startsWith("quorum")
                        || s.key().startsWith("proxy"))
                .forEach(s -> pdf.paragraph(words(messages, locale, s)));
        String chair = officer(m.getChairActorId(), names, locale);
        String secretary = officer(m.getSecretaryActorId(), names, locale);
        pdf.paragraph(messages.format(locale, "governance.session.pv.officers", chair, secretary));
        if (m.getAgenda() != null) {
            pdf.heading(messages.get(locale, "governance.session.agenda")).paragraph(m.getAgenda());
        }
        pdf.heading(messages.get(locale, "governance.session.resolutions"));
        for (Resolution r : resolutions(meetingId)) {
            pdf.paragraph(r.getPosition() + ". " + r.getTitle()
                    + (r.isVoted()
                            ? " — "
                                    + messages.get(
                                            locale,
                                            r.isAdopted() ? "governance.tally.adopted" : "governance.tally.rejected")
                            : ""));
            if (r.getText() != null) {
                pdf.paragraph(r.getText());
            }
            for (String line : summaryLines(messages, locale, r)) {
                pdf.bullet(line);
            }
        }
        if (m.getMinutes() != null) {
            pdf.heading(messages.get(locale, "governance.session.minutes")).paragraph(m.getMinutes());
        }
        // the signatures a prefecture, a bank or a notary asks for: both officers, named
        pdf.paragraph(messages.format(
                locale,
                "governance.session.pv.closing",
                m.getPlace() == null ? "–" : m.getPlace(),
                m.getStartsAt()
                        .toLocalDate()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale))));
        pdf.table(
                List.of(
                        messages.get(locale, "governance.session.pv.chairSigns"),
                        messages.get(locale, "governance.session.pv.secretarySigns")),
                List.of(
                        List.of(chair, secretary),
                        List.of(
                                messages.get(locale, "governance.session.pv.signature"),
                                messages.get(locale, "governance.session.pv.signature")),
                        List.of(
                                signedLine(m.getChairSignedBy(), m.getChairSignedAt(), locale),
                                signedLine(m.getSecretarySignedBy(), m.getSecretarySignedAt(), locale))),
                new float[] {1, 1},
                null);
    }

    private String signedLine(String account, LocalDateTime at, Locale locale) {
        if (at == null) {
            return "\n\n\n";
        }
        return messages.format(
                locale,
                "governance.session.pv.signedBy",
                account,
                at.format(
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)));
    }

    private String officer(Long actorId, LongFunction<String> names, Locale locale) {
        return actorId == null ? messages.get(locale, "governance.session.pv.toBeChosen") : names.apply(actorId);
    }

    /** A step of a tally in words. */
    public static String words(MessageBundles messages, Locale locale, TallyResult.Step step) {
        return messages.format(
                locale, "governance.tally.step." + step.key(), step.args().toArray());
    }

    /**
     * The record of a resolution's vote in words, one line per step, in the reader's language and
     * number format; a vote recorded before the steps were kept as data shows the text kept then.
     */
    public static List<String> summaryLines(MessageBundles messages, Locale locale, Resolution r) {
        List<TallyResult.Step> steps = r.getTallySteps();
        if (!steps.isEmpty()) {
            return steps.stream().map(s -> words(messages, locale, s)).toList();
        }
        return r.getSummary() == null ? List.of() : List.of(r.getSummary().split("\n"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
