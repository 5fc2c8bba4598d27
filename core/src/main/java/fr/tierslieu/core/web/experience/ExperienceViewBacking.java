package fr.tierslieu.core.web.experience;

import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.LessonKind;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.stream.Collectors;

/** One sheet of the library: its figures, its lessons (added and removed here), « our place », deletion. */
@Named
@ViewScoped
public class ExperienceViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceService experiences;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.workspace.NetworkKnowledge network;

    private Long id;
    private transient Experience experience;
    private transient Double distance;
    private LessonKind lessonKind = LessonKind.SUCCESS_FACTOR;
    private String lessonText;
    private String lessonTags;

    public void load() throws IOException {
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            read();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void read() {
        experience = experiences.get(id);
        distance = experiences
                .ours()
                .filter(o -> !o.equals(experience))
                .map(o -> experience.distanceFrom(o.getLatitude(), o.getLongitude()))
                .orElse(null);
    }

    public Experience getExperience() {
        if (experience == null && id != null) {
            read();
        }
        return experience;
    }

    public String getDistance() {
        getExperience();
        return distance == null
                ? null
                : msg.decimal(distance, distance < 10 ? 1 : 0) + "\u00a0" + msg.get("core.unit.km");
    }

    public String getOffers() {
        return getExperience().getOffers().stream().map(msg::label).collect(Collectors.joining(", "));
    }

    public void addLesson() {
        if (FacesSupport.attempt(msg, "lessonForm", () -> {
            experience = experiences.addLesson(id, lessonKind, lessonText, lessonTags, Msg.locale());
        })) {
            lessonText = null;
            lessonTags = null;
            FacesSupport.info(msg.get("core.experience.lesson.added"));
        }
    }

    public void removeLesson(int index) {
        FacesSupport.attempt(msg, "lessonForm", () -> experiences.removeLesson(id, index));
        read();
    }

    public void markOurs() {
        if (FacesSupport.attempt(msg, null, () -> experiences.markOurs(id))) {
            read();
            FacesSupport.info(msg.get("core.experience.oursSaved"));
        }
    }

    /** Lets the other workspaces of the installation read this sheet, with its origin, or stops it. */
    public void share(boolean shared) {
        if (FacesSupport.attempt(msg, null, () -> network.shareExperience(id, shared))) {
            read();
            FacesSupport.info(msg.get(shared ? "core.network.shared" : "core.network.unshared"));
        }
    }

    public void delete() {
        if (FacesSupport.attempt(msg, null, () -> experiences.delete(id))) {
            FacesSupport.info(msg.get("core.experience.deleted"));
            FacesSupport.keepMessages();
            FacesSupport.redirect("/core/experiences/list.xhtml");
        }
    }

    public LessonKind[] getLessonKinds() {
        return LessonKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LessonKind getLessonKind() {
        return lessonKind;
    }

    public void setLessonKind(LessonKind lessonKind) {
        this.lessonKind = lessonKind;
    }

    public String getLessonText() {
        return lessonText;
    }

    public void setLessonText(String lessonText) {
        this.lessonText = lessonText;
    }

    public String getLessonTags() {
        return lessonTags;
    }

    public void setLessonTags(String lessonTags) {
        this.lessonTags = lessonTags;
    }
}
