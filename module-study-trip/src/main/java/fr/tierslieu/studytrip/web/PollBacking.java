package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PollService;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Invitee;
import fr.tierslieu.studytrip.domain.PollDate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.time.LocalDate;
import java.util.List;

/** The organisers' side of the date poll: dates, invitees with their personal links, results and the best date. */
@Named
@ViewScoped
public class PollBacking extends TripPage {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PollService poll;

    @Inject
    ActorService actors;

    private transient List<PollDate> dates;
    private transient List<Invitee> invitees;
    private transient PollService.Results results;
    private List<Choice> actorChoices;
    private LocalDate day;
    private Long actorId;
    private String inviteeName;
    private String inviteeEmail;

    @Override
    void refresh() {
        super.refresh();
        dates = null;
        invitees = null;
        results = null;
    }

    public List<PollDate> getDates() {
        if (dates == null) {
            dates = poll.dates(id);
        }
        return dates;
    }

    public List<Invitee> getInvitees() {
        if (invitees == null) {
            invitees = poll.invitees(id);
        }
        return invitees;
    }

    public PollService.Results getResults() {
        if (results == null) {
            results = poll.results(id);
        }
        return results;
    }

    /** Answers per date as stacked bars: yes, if needed, no. */
    public String getChart() {
        List<DatePoll.Tally> t = getResults().tallies();
        if (t.isEmpty()) {
            return "";
        }
        return fr.tierslieu.core.web.support.ChartConfig.of("bar")
                .labels(t.stream().map(x -> msg.date(x.day())).toList())
                .dataset(
                        msg.label(DatePoll.Answer.YES),
                        t.stream().map(DatePoll.Tally::yes).toList(),
                        java.util.Map.of("backgroundColor", "#2f6f4e", "stack", "a"))
                .dataset(
                        msg.label(DatePoll.Answer.IF_NEEDED),
                        t.stream().map(DatePoll.Tally::ifNeeded).toList(),
                        java.util.Map.of("backgroundColor", "#d08c2a", "stack", "a"))
                .dataset(
                        msg.label(DatePoll.Answer.NO),
                        t.stream().map(DatePoll.Tally::no).toList(),
                        java.util.Map.of("backgroundColor", "#a8473b", "stack", "a"))
                .option("indexAxis", "y")
                .option("scales.x.stacked", true)
                .option("scales.y.stacked", true)
                .option("scales.x.ticks.precision", 0)
                .option("maintainAspectRatio", false)
                .toJson();
    }

    public String getMissingNames() {
        return String.join(", ", getResults().missing());
    }

    public boolean isBest(DatePoll.Tally t) {
        return getResults().best() != null && getResults().best().dateId() == t.dateId();
    }

    public String answerOf(Invitee i, PollDate d) {
        DatePoll.Answer a = i.getAnswers().get(d.getId());
        return a == null ? "" : a.name();
    }

    /** The personal link of an invitee, at the public address (TIERSLIEU_PUBLIC_URL): the one the e-mail gives. */
    public String link(Invitee i) {
        return poll.link(i);
    }

    /** E-mails a reminder to the invitees with an address who have not answered. */
    public void remind() {
        int[] n = new int[1];
        if (FacesSupport.attempt(msg, "inviteesForm", () -> n[0] = poll.remind(id))) {
            FacesSupport.info(msg.format("studytrip.poll.reminded", n[0]));
        }
    }

    public void addDate() {
        if (FacesSupport.attempt(msg, "datesForm", () -> poll.addDate(id, day, Msg.locale()))) {
            day = null;
            refresh();
        }
    }

    public void removeDate(long dateId) {
        if (FacesSupport.attempt(msg, "datesForm", () -> poll.removeDate(id, dateId))) {
            refresh();
        }
    }

    public void invite() {
        String name = inviteeName;
        if ((name == null || name.isBlank()) && actorId != null) {
            name = getActorChoices().stream()
                    .filter(c -> c.id() == actorId)
                    .map(Choice::label)
                    .findFirst()
                    .orElse(null);
        }
        String finalName = name;
        if (FacesSupport.attempt(
                msg, "inviteForm", () -> poll.invite(id, actorId, finalName, inviteeEmail, Msg.locale()))) {
            actorId = null;
            inviteeName = null;
            inviteeEmail = null;
            refresh();
        }
    }

    public void removeInvitee(long inviteeId) {
        if (FacesSupport.attempt(msg, "inviteesForm", () -> poll.removeInvitee(id, inviteeId))) {
            refresh();
        }
    }

    public void fixDate(long dateId) {
        if (FacesSupport.attempt(msg, "resultsForm", () -> poll.fixDate(id, dateId))) {
            FacesSupport.info(msg.get("studytrip.poll.dateFixed"));
            refresh();
        }
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
        day = v;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long v) {
        actorId = v;
    }

    public String getInviteeName() {
        return inviteeName;
    }

    public void setInviteeName(String v) {
        inviteeName = v;
    }

    public String getInviteeEmail() {
        return inviteeEmail;
    }

    public void setInviteeEmail(String v) {
        inviteeEmail = v;
    }
}
