package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.BodyDraft;
import fr.tierslieu.governance.application.BodyService;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.Mandate;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies page (list as an organisation chart, creation, mandates ending soon) and, with
 * {@code id}, one body: its rules, its mandates, its meetings.
 */
@Named
@ViewScoped
public class BodiesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    SessionService sessions;

    @Inject
    GovernanceService governance;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private Long id;
    private BodyDraft draft = new BodyDraft();
    private transient List<Body> list;
    private transient List<Mandate> mandates;
    private transient List<BodyMeeting> meetings;
    private transient List<Mandate> ending;
    private transient List<VotingCollege> colleges;
    private List<Choice> actorChoices;
    private Names names;
    // mandate form
    // session form

    public void load() throws IOException {
        if (id != null && draft.getId() == null) {
            try {
                draft = BodyDraft.of(bodies.body(id));
            } catch (NotFoundException e) {
                FacesSupport.notFound();
            }
        }
    }

    void refresh() {
        list = null;
        mandates = null;
        meetings = null;
        ending = null;
    }

    public void save() {
        boolean creating = draft.getId() == null;
        FacesSupport.attempt(msg, "bodyForm", () -> {
            Body saved = bodies.saveBody(draft, Msg.locale());
            FacesSupport.info(msg.get("governance.body.saved"));
            if (creating) {
                FacesSupport.keepMessages();
                FacesSupport.redirect("/governance/body.xhtml?id=" + saved.getId());
                return;
            }
            draft = BodyDraft.of(bodies.body(saved.getId()));
            refresh();
        });
    }

    /** Bodies in chart order: each top-level body followed by the ones attached to it, indented. */
    public record ChartLine(Body body, int depth) {}

    public List<ChartLine> getChart() {
        List<ChartLine> lines = new ArrayList<>();
        for (Body b : getList()) {
            if (b.getParent() == null) {
                addWithChildren(b, 0, lines);
            }
        }
        return lines;
    }

    private void addWithChildren(Body b, int depth, List<ChartLine> lines) {
        lines.add(new ChartLine(b, depth));
        for (Body c : getList()) {
            if (c.getParent() != null && c.getParent().getId().equals(b.getId()) && depth < 8) {
                addWithChildren(c, depth + 1, lines);
            }
        }
    }

    public List<Body> getList() {
        if (list == null) {
            list = bodies.bodies();
        }
        return list;
    }

    public List<Mandate> getMandates() {
        if (mandates == null) {
            mandates = id == null ? List.of() : bodies.mandates(id);
        }
        return mandates;
    }

    public List<BodyMeeting> getMeetings() {
        if (meetings == null) {
            meetings = id == null ? List.of() : sessions.meetings(id);
        }
        return meetings;
    }

    /** The body's register of minutes, every meeting held until today, pages numbered (PDF). */
    public org.primefaces.model.StreamedContent getMinutesRegister() {
        byte[] bytes = sessions.minutesRegisterPdf(id, java.time.LocalDate.now(), this::name, Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("registre-proces-verbaux-" + id + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public List<Mandate> getEnding() {
        if (ending == null) {
            ending = bodies.endingWithin(90);
        }
        return ending;
    }

    public String name(long actorId) {
        if (names == null) {
            names = new Names(getActorChoices());
        }
        return names.apply(actorId);
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public List<VotingCollege> getColleges() {
        if (colleges == null) {
            colleges = governance.profile().getColleges();
        }
        return colleges;
    }

    public BodyKind[] getKinds() {
        return BodyKind.values();
    }

    public fr.tierslieu.governance.domain.MajorityBase[] getMajorityBases() {
        return fr.tierslieu.governance.domain.MajorityBase.values();
    }

    public Majority[] getMajorities() {
        return Majority.values();
    }

    public MandatePosition[] getPositions() {
        return MandatePosition.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BodyDraft getDraft() {
        return draft;
    }
}
