package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.actor.DeletionImpact;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An actor's page: who it is, its position and how it evolved (chart), and deletion after seeing
 * what it would affect; its relationships and memberships are {@link ActorTiesBacking}'s.
 */
@Named
@ViewScoped
public class ActorViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.meeting.MeetingService meetings;

    @Inject
    fr.tierslieu.core.application.actor.PersonalDataService personalData;

    private transient fr.tierslieu.core.application.meeting.Attendance attendance;

    /** Meetings the actor was invited to and came to: part of its engagement history. */
    public fr.tierslieu.core.application.meeting.Attendance getAttendance() {
        if (attendance == null) {
            attendance = meetings.attendanceOf(id);
        }
        return attendance;
    }

    private Long id;
    private transient Actor actor;
    private transient DeletionImpact impact;

    // New relationship
    // New membership

    /** f:viewAction: loads the actor or answers 404. */
    public void load() throws IOException {
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void reload() {
        actor = actors.get(id);
    }

    public Actor getActor() {
        if (actor == null && id != null) {
            reload();
        }
        return actor;
    }

    /** Assessments, most recent first. */
    public List<Assessment> getAssessments() {
        List<Assessment> list = new ArrayList<>(getActor().getAssessments());
        java.util.Collections.reverse(list);
        return list;
    }

    /** Engagement (0–5) and maturity (1–5) over time, as a stepped line chart. */
    public String getHistoryChart() {
        List<String> labels = new ArrayList<>();
        List<Integer> engagement = new ArrayList<>();
        List<Integer> maturity = new ArrayList<>();
        for (Assessment a : getActor().getAssessments()) {
            labels.add(a.getAssessedOn().toString());
            engagement.add(a.getPosition().getEngagement().rank());
            maturity.add(a.getPosition().getMaturity().rank());
        }
        return ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        msg.get("core.actor.engagement"),
                        engagement,
                        Map.of("stepped", true, "borderColor", "#2f6f4e", "backgroundColor", "#2f6f4e"))
                .dataset(
                        msg.get("core.actor.maturity"),
                        maturity,
                        Map.of("stepped", true, "borderColor", "#c77c02", "backgroundColor", "#c77c02"))
                .option("scales.y.min", 0)
                .option("scales.y.max", 5)
                .option("scales.y.ticks.stepSize", 1)
                .option(
                        "plugins.tlLevels.engagement",
                        Arrays.stream(EngagementLevel.values()).map(msg::label).toList())
                .option(
                        "plugins.tlLevels.maturity",
                        Arrays.stream(MaturityLevel.values()).map(msg::label).toList())
                .toJson();
    }

    /** Computes what deleting would affect, for the confirmation dialog. */
    public void prepareDelete() {
        impact = actors.impactOfDeleting(id, Msg.locale());
    }

    public void delete() {
        FacesSupport.Outcome outcome = FacesSupport.outcome(msg, null, () -> {
            actors.delete(id, getActor().getVersion());
            FacesSupport.info(msg.format("core.actor.deleted", getActor().getName()));
            FacesSupport.keepMessages();
            FacesSupport.redirect("/core/actors/list.xhtml");
        });
        if (outcome == FacesSupport.Outcome.CONFLICT) {
            reload();
        }
    }

    /** The person's data as a JSON file, to hand to them (RGPD art. 15 and 20; managers). */
    public org.primefaces.model.StreamedContent getPersonalData() {
        byte[] bytes = personalData.export(id, Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("donnees-personnelles-" + id + ".json")
                .contentType("application/json; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    /** Erases the person's data at their request, then shows what is left and why. */
    public void erase() throws IOException {
        fr.tierslieu.core.application.actor.PersonalDataService.Erasure[] done =
                new fr.tierslieu.core.application.actor.PersonalDataService.Erasure[1];
        if (FacesSupport.attempt(
                msg,
                "actionsForm",
                () -> done[0] = personalData.erase(id, getActor().getVersion(), Msg.locale()))) {
            FacesSupport.info(fr.tierslieu.core.web.admin.ErasureMessages.of(msg, done[0]));
            FacesSupport.keepMessages();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/core/actors/view.xhtml?id=" + id);
        } else {
            reload();
        }
    }

    public DeletionImpact getImpact() {
        return impact;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
