package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.RegisterService;
import fr.tierslieu.governance.domain.Member;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The register of members: who is a member on a day, with their category, college, voting right
 * and this year's dues; a new member; dues paid; a departure; the register as CSV and PDF (with the
 * registre spécial of the officers' changes).
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "membersForm";

    @Inject
    RegisterService register;

    @Inject
    GovernanceService governance;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private LocalDate day = LocalDate.now();
    private boolean showPast;
    // the new member
    private BigDecimal duesAmount = new BigDecimal("20");

    private transient List<Member> members;
    private transient Set<Long> paid;
    private transient List<Choice> actorChoices;
    private transient Names names;

    /** The lines shown: the members on the day, or every line of the register. */
    public List<Member> getMembers() {
        if (members == null) {
            members = register.members().stream()
                    .filter(m -> showPast || m.memberOn(day))
                    .toList();
            approvals.clear();
            for (Member m : members) {
                approvals.put(
                        m.getId(),
                        m.getEntryMeetingId() == null
                                ? ""
                                : m.getEntryMeetingId().toString());
                exitApprovals.put(
                        m.getId(),
                        m.getExitMeetingId() == null ? "" : m.getExitMeetingId().toString());
            }
        }
        return members;
    }

    /** Member id → id of the general assembly that approved the entry (or ""), as the selects edit it. */
    private final java.util.Map<Long, String> approvals = new java.util.HashMap<>();

    private final java.util.Map<Long, String> exitApprovals = new java.util.HashMap<>();
    private transient List<fr.tierslieu.governance.domain.BodyMeeting> assemblies;

    public java.util.Map<Long, String> getApprovals() {
        return approvals;
    }

    public java.util.Map<Long, String> getExitApprovals() {
        return exitApprovals;
    }

    /** The general assemblies that may approve an entry or an exit, latest first. */
    public List<fr.tierslieu.governance.domain.BodyMeeting> getAssemblies() {
        if (assemblies == null) {
            assemblies = register.assemblies();
        }
        return assemblies;
    }

    /** Records the general assembly chosen for the member's entry or exit. */
    public void approve(Member m, boolean exit) {
        String chosen = (exit ? exitApprovals : approvals).get(m.getId());
        Long meeting = chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen);
        if (FacesSupport.attempt(msg, FORM, () -> register.approve(m.getId(), exit, meeting, Msg.locale()))) {
            FacesSupport.info(msg.get("governance.member.approved"));
        }
        reset();
    }

    /** For a SCIC: associates whose entry no general assembly approved in the register. */
    public int getEntriesWithoutApproval() {
        return governance.profile().getLegalForm().isScic()
                ? register.entriesWithoutApproval(day).size()
                : 0;
    }

    public boolean upToDate(Member m) {
        if (paid == null) {
            paid = register.paidBy(day.getYear(), day);
        }
        return paid.contains(m.getId());
    }

    /** Voting members on the day, and of them those up to date with the year's dues. */
    public String getSummary() {
        List<RegisterService.Standing> s = register.standing(day, false);
        long voting = s.stream().filter(x -> x.member().isVoting()).count();
        long upToDate =
                s.stream().filter(x -> x.member().isVoting() && x.upToDate()).count();
        return msg.formatAll("governance.member.summary", s.size(), voting, upToDate, day.getYear());
    }

    /** For a SCIC, what the register lacks under art. 19 septies (empty otherwise). */
    public List<String> getScicProblems() {
        if (!governance.profile().getLegalForm().isScic()) {
            return List.of();
        }
        return register.scicCategoryProblems(day, Msg.locale());
    }

    public void pay(Member m) {
        if (FacesSupport.attempt(
                msg,
                FORM,
                () -> register.payDues(
                        m.getId(),
                        day.getYear(),
                        duesAmount,
                        LocalDate.now().isBefore(day) ? LocalDate.now() : day,
                        Msg.locale()))) {
            reset();
        }
    }

    public void unpay(Member m) {
        if (FacesSupport.attempt(msg, FORM, () -> register.cancelDues(m.getId(), day.getYear()))) {
            reset();
        }
    }

    public void leave(Member m) {
        if (FacesSupport.attempt(msg, FORM, () -> register.leave(m.getId(), day, Msg.locale()))) {
            reset();
        }
    }

    public void reset() {
        members = null;
        paid = null;
    }

    public StreamedContent getCsv() {
        byte[] bytes = register.csv(names(), day.getYear(), Msg.locale());
        return DefaultStreamedContent.builder()
                .name("registre-des-membres.csv")
                .contentType("text/csv;charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getPdf() {
        byte[] bytes = register.pdf(names(), day, Msg.locale());
        return DefaultStreamedContent.builder()
                .name("registre-des-membres.pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public String name(Member m) {
        return names().apply(m.getActorId());
    }

    private Names names() {
        if (names == null) {
            names = new Names(getActorChoices());
        }
        return names;
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate v) {
        day = v == null ? LocalDate.now() : v;
        reset();
    }

    public boolean isShowPast() {
        return showPast;
    }

    public void setShowPast(boolean v) {
        showPast = v;
        reset();
    }

    public BigDecimal getDuesAmount() {
        return duesAmount;
    }

    public void setDuesAmount(BigDecimal v) {
        duesAmount = v;
    }
}
