package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.export.PdfDocument;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Mandate;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Member;
import fr.tierslieu.governance.domain.MemberCategory;
import fr.tierslieu.governance.domain.MemberDues;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The register of members (association) or associates (SCIC): who belongs, in which category and
 * college, from when to when, with a voting right, shares and capital, and the yearly dues. A
 * general assembly's attendance sheet, quorum base and colleges come from it on the meeting's day
 * ({@link #standing}); a member behind with the year's dues is flagged, and left out of the vote
 * when the body's statutes require the dues to be paid. Board members keep the register; anyone
 * signed in reads it.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class RegisterService {

    /** Lines of the register at most (memberships, past ones included). */
    public static final int MAX_MEMBERS = 10_000;
    /** Shares of one associate at most. */
    public static final int MAX_SHARES = 1_000_000;

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    BodyService bodies;

    public RegisterService() {}

    public RegisterService(EntityManager em, MessageBundles messages, BodyService bodies) {
        this.em = em;
        this.messages = messages;
        this.bodies = bodies;
    }

    /**
     * A member's entry in the register.
     *
     * @param capitalSubscribed euros (0 for an association's member)
     */
    public record Draft(
            Long actorId,
            MemberCategory category,
            String representative,
            LocalDate joinedOn,
            boolean voting,
            Long collegeId,
            int shares,
            BigDecimal capitalSubscribed,
            BigDecimal capitalPaid) {}

    /**
     * A member on a day: whether they vote, whether their dues of that year are paid, and whether
     * they count in the quorum base of a body (voting, and up to date when the body requires it).
     */
    public record Standing(Member member, boolean upToDate, boolean counted) {}

    /** Every line of the register, past members included, by joining date. */
    public List<Member> members() {
        return em.createQuery(
                        "select m from Member m left join fetch m.college order by m.joinedOn, m.id", Member.class)
                .setMaxResults(MAX_MEMBERS)
                .getResultList();
    }

    public Member member(long id) {
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new NotFoundException("Member", id);
        }
        return m;
    }

    @RequiresRole({Role.BOARD})
    public Member add(Draft d, Locale locale) {
        List<Member> all = members();
        List<ValidationFailure.Violation> problems = check(d, all, locale);
        if (problems.isEmpty() && all.size() >= MAX_MEMBERS) {
            problems.add(new ValidationFailure.Violation(
                    "memberActor", messages.format(locale, "core.error.tooMany", MAX_MEMBERS)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        Member m = persist(d);
        em.flush();
        return m;
    }

    /** The problems of a new entry, each at its field, against the lines already in the register ({@code all}). */
    private List<ValidationFailure.Violation> check(Draft d, List<Member> all, Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (d.actorId() == null || !bodies.isActor(d.actorId())) {
            problems.add(v("memberActor", locale, "governance.mandate.error.actor"));
        }
        if (d.category() == null) {
            problems.add(v("memberCategory", locale, "core.error.required"));
        }
        if (d.joinedOn() == null) {
            problems.add(v("memberJoined", locale, "core.error.required"));
        }
        if (d.representative() != null && d.representative().length() > Member.REPRESENTATIVE_MAX) {
            problems.add(new ValidationFailure.Violation(
                    "memberRepresentative", messages.format(locale, "core.error.tooLong", Member.REPRESENTATIVE_MAX)));
        }
        if (d.shares() < 0 || d.shares() > MAX_SHARES) {
            problems.add(new ValidationFailure.Violation(
                    "memberShares", messages.format(locale, "governance.member.error.shares", MAX_SHARES)));
        }
        BigDecimal subscribed = d.capitalSubscribed() == null ? BigDecimal.ZERO : d.capitalSubscribed();
        BigDecimal paid = d.capitalPaid() == null ? BigDecimal.ZERO : d.capitalPaid();
        if (subscribed.signum() < 0 || subscribed.compareTo(MAX_AMOUNT) > 0) {
            problems.add(v("memberSubscribed", locale, "governance.member.error.capital"));
        } else if (paid.signum() < 0 || paid.compareTo(subscribed) > 0) {
            problems.add(v("memberPaid", locale, "governance.member.error.paid"));
        }
        if (d.collegeId() != null && em.find(VotingCollege.class, d.collegeId()) == null) {
            problems.add(v("memberCollege", locale, "governance.mandate.error.college"));
        }
        if (problems.isEmpty()) {
            for (Member m : all) {
                if (m.getActorId() == d.actorId()
                        && (m.getLeftOn() == null || !m.getLeftOn().isBefore(d.joinedOn()))) {
                    problems.add(v("memberActor", locale, "governance.member.error.already"));
                    break;
                }
            }
        }
        return problems;
    }

    private Member persist(Draft d) {
        BigDecimal subscribed = d.capitalSubscribed() == null ? BigDecimal.ZERO : d.capitalSubscribed();
        BigDecimal paid = d.capitalPaid() == null ? BigDecimal.ZERO : d.capitalPaid();
        VotingCollege college = d.collegeId() == null ? null : em.find(VotingCollege.class, d.collegeId());
        Member m = new Member(
                d.actorId(),
                d.category(),
                d.representative() == null || d.representative().isBlank()
                        ? null
                        : d.representative().strip(),
                d.joinedOn(),
                d.voting() && d.category() != MemberCategory.HONORARY,
                college,
                d.shares(),
                subscribed.setScale(2, RoundingMode.HALF_UP),
                paid.setScale(2, RoundingMode.HALF_UP));
        em.persist(m);
        return m;
    }

    /** The member leaves (resignation, exclusion, death, or the AG that approved their exit) on that day. */
    @RequiresRole({Role.BOARD})
    public void leave(long memberId, LocalDate on, Locale locale) {
        Member m = member(memberId);
        if (on == null || on.isBefore(m.getJoinedOn())) {
            throw ValidationFailure.of("leftOn", messages.get(locale, "governance.member.error.leftBeforeJoined"));
        }
        m.leave(on);
    }

    /** The general assemblies held or to come, latest first: the meetings that may approve an entry or an exit. */
    public List<BodyMeeting> assemblies() {
        return em.createQuery(
                        "select m from BodyMeeting m join fetch m.body b where b.kind = :ga order by m.startsAt desc, m.id desc",
                        BodyMeeting.class)
                .setParameter("ga", BodyKind.GENERAL_ASSEMBLY)
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * Records the general assembly that approved the member's entry ({@code exit} false) or exit
     * (null clears it). The meeting must be a general assembly's; an entry is approved on or before
     * the joining day, an exit on or before the leaving day of a member who has left.
     */
    @RequiresRole({Role.BOARD})
    public void approve(long memberId, boolean exit, Long meetingId, Locale locale) {
        Member m = member(memberId);
        String field = exit ? "exitMeeting" : "entryMeeting";
        if (meetingId != null) {
            BodyMeeting meeting = em.find(BodyMeeting.class, meetingId);
            if (meeting == null || meeting.getBody().getKind() != BodyKind.GENERAL_ASSEMBLY) {
                throw ValidationFailure.of(field, messages.get(locale, "governance.member.error.approvalNotAg"));
            }
            LocalDate day = exit ? m.getLeftOn() : m.getJoinedOn();
            if (exit && day == null) {
                throw ValidationFailure.of(field, messages.get(locale, "governance.member.error.exitNotLeft"));
            }
            if (meeting.getStartsAt().toLocalDate().isAfter(day)) {
                throw ValidationFailure.of(
                        field,
                        messages.format(
                                locale,
                                "governance.member.error.approvalAfter",
                                day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                                        .withLocale(locale))));
            }
        }
        m.approvedBy(exit, meetingId);
    }

    /** For a SCIC: the associates on that day whose entry no general assembly approved in the register. */
    public List<Member> entriesWithoutApproval(LocalDate day) {
        return standing(day, false).stream()
                .map(Standing::member)
                .filter(m -> m.getEntryMeetingId() == null)
                .toList();
    }

    /** Records the dues of a year as paid (replacing an earlier record of that year). */
    @RequiresRole({Role.BOARD})
    public MemberDues payDues(long memberId, int year, BigDecimal amount, LocalDate paidOn, Locale locale) {
        Member m = member(memberId);
        if (year < 1990 || year > 2100) {
            throw ValidationFailure.of("duesYear", messages.get(locale, "governance.member.error.year"));
        }
        if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw ValidationFailure.of("duesAmount", messages.get(locale, "governance.member.error.capital"));
        }
        if (paidOn == null) {
            throw ValidationFailure.of("duesPaidOn", messages.get(locale, "core.error.required"));
        }
        cancelDues(memberId, year);
        MemberDues d = new MemberDues(m, year, amount.setScale(2, RoundingMode.HALF_UP), paidOn);
        em.persist(d);
        return d;
    }

    @RequiresRole({Role.BOARD})
    public void cancelDues(long memberId, int year) {
        em.createQuery("select d from MemberDues d where d.member.id = :m and d.year = :y", MemberDues.class)
                .setParameter("m", memberId)
                .setParameter("y", year)
                .getResultList()
                .forEach(em::remove);
        em.flush();
    }

    /** Ids of the members whose dues of {@code year} were paid on or before {@code day}. */
    public Set<Long> paidBy(int year, LocalDate day) {
        return new HashSet<>(
                em.createQuery("select d.member.id from MemberDues d where d.year = :y and d.paidOn <= :d", Long.class)
                        .setParameter("y", year)
                        .setParameter("d", day)
                        .getResultList());
    }

    /**
     * The register on a day, as a body counts it: the members on that day (joined on or before it,
     * not left before it), each with their dues of that year and whether they count (voting, and
     * up to date when {@code duesRequired}).
     */
    public List<Standing> standing(LocalDate day, boolean duesRequired) {
        Set<Long> paid = paidBy(day.getYear(), day);
        List<Standing> out = new ArrayList<>();
        for (Member m : members()) {
            if (m.memberOn(day)) {
                boolean upToDate = paid.contains(m.getId());
                out.add(new Standing(m, upToDate, m.isVoting() && (!duesRequired || upToDate)));
            }
        }
        return out;
    }

    /**
     * What the register lacks for a SCIC on a day (loi n° 47-1775, art. 19 septies): at least three
     * categories of associates, among them the employees (or, without employees, the producers) and
     * the beneficiaries of the cooperative's goods or services. Empty when the register complies.
     */
    public List<String> scicCategoryProblems(LocalDate day, Locale locale) {
        Set<MemberCategory> present = new HashSet<>();
        for (Standing s : standing(day, false)) {
            present.add(s.member().getCategory());
        }
        List<String> problems = new ArrayList<>();
        long cooperative = present.stream().filter(MemberCategory::cooperative).count();
        if (!present.contains(MemberCategory.EMPLOYEE) && !present.contains(MemberCategory.PRODUCER)) {
            problems.add(messages.get(locale, "governance.member.scic.employees"));
        }
        if (!present.contains(MemberCategory.BENEFICIARY)) {
            problems.add(messages.get(locale, "governance.member.scic.beneficiaries"));
        }
        if (cooperative < 3) {
            problems.add(messages.format(locale, "governance.member.scic.three", cooperative));
        }
        return problems;
    }

    /** Whether the attendance of this body's meetings comes from the register (a general assembly, once members are registered). */
    public boolean convenesFromRegister(Body body) {
        return body.getKind() == BodyKind.GENERAL_ASSEMBLY
                && em.createQuery("select count(m) from Member m", Long.class).getSingleResult() > 0;
    }

    /**
     * The register as CSV (semicolons, BOM), one line per membership, with this year's dues and the
     * general assemblies that approved the entry and recorded the exit (ISO date – title).
     */
    public byte[] csv(LongFunction<String> names, int year, Locale locale) {
        Set<Long> paid = paidBy(year, LocalDate.of(year, 12, 31));
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.line(
                        List.of(
                                t(locale, "governance.member.name"),
                                t(locale, "governance.member.category"),
                                t(locale, "governance.member.representative"),
                                t(locale, "governance.member.joined"),
                                t(locale, "governance.member.left"),
                                t(locale, "governance.member.voting"),
                                t(locale, "governance.member.college"),
                                t(locale, "governance.member.shares"),
                                t(locale, "governance.member.subscribed"),
                                t(locale, "governance.member.paid"),
                                messages.format(locale, "governance.member.duesOf", String.valueOf(year)),
                                t(locale, "governance.member.entryApproval"),
                                t(locale, "governance.member.exitApproval")),
                        Csv.DEFAULT_SEPARATOR))
                .append("\r\n");
        for (Member m : members()) {
            sb.append(Csv.line(
                            List.of(
                                    names.apply(m.getActorId()),
                                    messages.label(locale, m.getCategory()),
                                    m.getRepresentative() == null ? "" : m.getRepresentative(),
                                    m.getJoinedOn().toString(),
                                    m.getLeftOn() == null ? "" : m.getLeftOn().toString(),
                                    t(locale, m.isVoting() ? "core.action.yes" : "core.action.no"),
                                    m.getCollege() == null ? "" : m.getCollege().getName(),
                                    String.valueOf(m.getShares()),
                                    m.getCapitalSubscribed().toPlainString().replace('.', ','),
                                    m.getCapitalPaid().toPlainString().replace('.', ','),
                                    t(locale, paid.contains(m.getId()) ? "core.action.yes" : "core.action.no"),
                                    assembly(m.getEntryMeetingId()),
                                    assembly(m.getExitMeetingId())),
                            Csv.DEFAULT_SEPARATOR))
                    .append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Imports members from CSV in the export's layout (name; category; representative; joined;
     * left; voting; college; shares; capital subscribed; capital paid — the last column, dues, is
     * ignored), the header skipped. The name must be an actor of the registry, the category its
     * code or its label in either language, dates YYYY-MM-DD or DD/MM/YYYY. All or nothing: the
     * first 20 problems with their line numbers, nothing saved.
     *
     * @param actorIds actors of the registry by name (case-insensitive)
     * @return lines imported
     */
    @RequiresRole({Role.BOARD})
    public int importCsv(String text, java.util.Map<String, Long> actorIds, Locale locale) {
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("registerFile", messages.get(locale, "governance.member.import.empty"));
        }
        if (text.length() > fr.tierslieu.core.application.export.Uploads.MAX_FILE_BYTES) {
            throw ValidationFailure.of(
                    "registerFile",
                    messages.format(
                            locale,
                            "core.upload.tooLarge",
                            fr.tierslieu.core.application.export.Uploads.MAX_FILE_BYTES / (1024 * 1024)));
        }
        String clean = text.startsWith(Csv.BOM) ? text.substring(1) : text;
        List<Csv.Row> rows = Csv.parse(clean, Csv.detectSeparator(clean));
        if (rows.size() > MAX_MEMBERS + 1) {
            throw ValidationFailure.of(
                    "registerFile", messages.format(locale, "core.upload.tooManyLines", MAX_MEMBERS));
        }
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        actorIds.forEach((name, id) -> byName.put(name.strip().toLowerCase(Locale.ROOT), id));
        java.util.Map<String, VotingCollege> colleges = new java.util.HashMap<>();
        em.createQuery("select c from VotingCollege c", VotingCollege.class)
                .getResultList()
                .forEach(c -> colleges.put(c.getName().strip().toLowerCase(Locale.ROOT), c));
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        record Line(int number, Draft draft, LocalDate leftOn) {}
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : rows) {
            List<String> f = row.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.line() == 1
                    && lines.isEmpty()
                    && problems.isEmpty()
                    && (f.size() < 4 || parseDate(f.get(3)) == null)) {
                continue; // header
            }
            List<String> errors = new ArrayList<>();
            if (f.size() < 4) {
                errors.add(messages.get(locale, "governance.member.import.columns"));
            } else {
                Long actor = byName.get(f.get(0).strip().toLowerCase(Locale.ROOT));
                if (actor == null) {
                    errors.add(messages.format(
                            locale, "governance.member.import.actor", f.get(0).strip()));
                }
                MemberCategory category = category(f.get(1).strip());
                if (category == null) {
                    errors.add(messages.format(
                            locale,
                            "governance.member.import.category",
                            f.get(1).strip()));
                }
                LocalDate joined = parseDate(f.get(3));
                if (joined == null) {
                    errors.add(messages.format(
                            locale, "governance.member.import.date", f.get(3).strip()));
                }
                LocalDate left = f.size() > 4 && !f.get(4).isBlank() ? parseDate(f.get(4)) : null;
                if (f.size() > 4 && !f.get(4).isBlank() && left == null) {
                    errors.add(messages.format(
                            locale, "governance.member.import.date", f.get(4).strip()));
                }
                boolean voting =
                        f.size() <= 5 || f.get(5).isBlank() || f.get(5).strip().matches("(?i)oui|yes|true|1|o|y");
                VotingCollege college = f.size() > 6 && !f.get(6).isBlank()
                        ? colleges.get(f.get(6).strip().toLowerCase(Locale.ROOT))
                        : null;
                if (f.size() > 6 && !f.get(6).isBlank() && college == null) {
                    errors.add(messages.format(
                            locale, "governance.member.import.college", f.get(6).strip()));
                }
                Integer shares = f.size() > 7 && !f.get(7).isBlank() ? integer(f.get(7)) : Integer.valueOf(0);
                BigDecimal subscribed = f.size() > 8 && !f.get(8).isBlank() ? decimal(f.get(8)) : BigDecimal.ZERO;
                BigDecimal paid = f.size() > 9 && !f.get(9).isBlank() ? decimal(f.get(9)) : BigDecimal.ZERO;
                if (shares == null || subscribed == null || paid == null) {
                    errors.add(messages.get(locale, "governance.member.import.number"));
                }
                if (errors.isEmpty()) {
                    lines.add(new Line(
                            row.line(),
                            new Draft(
                                    actor,
                                    category,
                                    f.size() > 2 ? f.get(2) : null,
                                    joined,
                                    voting,
                                    college == null ? null : college.getId(),
                                    shares,
                                    subscribed,
                                    paid),
                            left));
                }
            }
            errors.forEach(e -> problems.add(new ValidationFailure.Violation(
                    "registerFile", messages.format(locale, "governance.member.import.line", row.line(), e))));
            if (problems.size() >= 20) {
                break;
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            throw ValidationFailure.of("registerFile", messages.get(locale, "governance.member.import.empty"));
        }
        // every line checked against the register and the lines before it, before anything is saved
        List<Member> all = new ArrayList<>(members());
        if (problems.isEmpty() && all.size() + lines.size() > MAX_MEMBERS) {
            problems.add(new ValidationFailure.Violation(
                    "registerFile", messages.format(locale, "core.error.tooMany", MAX_MEMBERS)));
        }
        for (Line l : problems.isEmpty() ? lines : List.<Line>of()) {
            for (ValidationFailure.Violation v : check(l.draft(), all, locale)) {
                problems.add(new ValidationFailure.Violation(
                        "registerFile",
                        messages.format(locale, "governance.member.import.line", l.number(), v.message())));
            }
            if (l.leftOn() != null
                    && l.draft().joinedOn() != null
                    && l.leftOn().isBefore(l.draft().joinedOn())) {
                problems.add(new ValidationFailure.Violation(
                        "registerFile",
                        messages.format(
                                locale,
                                "governance.member.import.line",
                                l.number(),
                                messages.get(locale, "governance.member.error.leftBeforeJoined"))));
            }
            Member pending = new Member(
                    l.draft().actorId() == null ? 0 : l.draft().actorId(),
                    l.draft().category(),
                    null,
                    l.draft().joinedOn(),
                    true,
                    null,
                    0,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO);
            if (l.leftOn() != null) {
                pending.leave(l.leftOn());
            }
            all.add(pending); // not persisted: only for the next lines' « already a member » check
            if (problems.size() >= 20) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        for (Line l : lines) {
            Member m = persist(l.draft());
            if (l.leftOn() != null) {
                m.leave(l.leftOn());
            }
        }
        return lines.size();
    }

    private MemberCategory category(String text) {
        for (MemberCategory c : MemberCategory.values()) {
            if (c.name().equalsIgnoreCase(text)
                    || messages.label(Locale.FRENCH, c).equalsIgnoreCase(text)
                    || messages.label(Locale.ENGLISH, c).equalsIgnoreCase(text)) {
                return c;
            }
        }
        return null;
    }

    private static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            return t.contains("/")
                    ? LocalDate.parse(
                            t,
                            DateTimeFormatter.ofPattern("dd/MM/uuuu")
                                    .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(
                    text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip()
                    .replace("\u00a0", "")
                    .replace("\u202f", "")
                    .replace(" ", "")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The register as a PDF: the members on a day with their dues, then the registre spécial of the
     * loi du 1er juillet 1901 (art. 5) — the changes of the people in charge of the administration
     * (president, treasurer, secretary of the board and the bureau), with their dates.
     */
    public byte[] pdf(LongFunction<String> names, LocalDate day, Locale locale) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        PdfDocument pdf = new PdfDocument(false, t(locale, "governance.member.title"));
        pdf.title(t(locale, "governance.member.title"))
                .subtitle(messages.format(locale, "governance.member.onDay", day.format(date)));
        List<List<String>> rows = new ArrayList<>();
        for (Standing s : standing(day, false)) {
            Member m = s.member();
            BodyMeeting approval =
                    m.getEntryMeetingId() == null ? null : em.find(BodyMeeting.class, m.getEntryMeetingId());
            rows.add(List.of(
                    names.apply(m.getActorId())
                            + (m.getRepresentative() == null ? "" : " (" + m.getRepresentative() + ")"),
                    messages.label(locale, m.getCategory()),
                    m.getJoinedOn().format(date),
                    approval == null ? "" : approval.getStartsAt().toLocalDate().format(date),
                    t(locale, m.isVoting() ? "core.action.yes" : "core.action.no"),
                    t(locale, s.upToDate() ? "core.action.yes" : "core.action.no")));
        }
        pdf.table(
                List.of(
                        t(locale, "governance.member.name"),
                        t(locale, "governance.member.category"),
                        t(locale, "governance.member.joined"),
                        t(locale, "governance.member.entryMeeting"),
                        t(locale, "governance.member.voting"),
                        messages.format(locale, "governance.member.duesOf", String.valueOf(day.getYear()))),
                rows,
                new float[] {4, 2, 1.4f, 1.4f, 1, 1.4f},
                null);
        pdf.heading(t(locale, "governance.member.special"));
        pdf.paragraph(t(locale, "governance.member.specialHint"));
        List<List<String>> changes = new ArrayList<>();
        for (Body b : bodies.bodies()) {
            if (b.getKind() != BodyKind.BOARD && b.getKind() != BodyKind.BUREAU) {
                continue;
            }
            for (Mandate m : bodies.mandates(b.getId())) {
                if (m.getPosition() == MandatePosition.PRESIDENT
                        || m.getPosition() == MandatePosition.TREASURER
                        || m.getPosition() == MandatePosition.SECRETARY) {
                    changes.add(List.of(
                            m.getStartDate().toString(),
                            b.getName(),
                            messages.label(locale, m.getPosition()),
                            names.apply(m.getActorId()),
                            m.getEndDate() == null ? "" : m.getEndDate().format(date)));
                }
            }
        }
        changes.sort(Comparator.comparing(r -> r.get(0)));
        List<List<String>> shown = changes.stream()
                .map(r -> {
                    List<String> c = new ArrayList<>(r);
                    c.set(0, LocalDate.parse(r.get(0)).format(date));
                    return (List<String>) c;
                })
                .toList();
        pdf.table(
                List.of(
                        t(locale, "governance.member.specialFrom"),
                        t(locale, "governance.member.specialBody"),
                        t(locale, "governance.member.specialPosition"),
                        t(locale, "governance.member.name"),
                        t(locale, "governance.member.specialTo")),
                shown,
                new float[] {1.3f, 2, 1.6f, 3, 1.3f},
                null);
        return pdf.toBytes();
    }

    /** « 2026-03-28 – AG de mars », or empty for no (or a deleted) meeting. */
    private String assembly(Long meetingId) {
        BodyMeeting meeting = meetingId == null ? null : em.find(BodyMeeting.class, meetingId);
        return meeting == null ? "" : meeting.getStartsAt().toLocalDate() + " – " + meeting.getTitle();
    }

    private String t(Locale locale, String key) {
        return messages.get(locale, key);
    }

    private ValidationFailure.Violation v(String field, Locale locale, String key) {
        return new ValidationFailure.Violation(field, messages.get(locale, key));
    }
}
