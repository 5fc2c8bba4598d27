package fr.tierslieu.core.application.roadmap;

import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** The task form: a task (duration in working days) or a milestone (a day). */
public class TaskDraft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String name;
    private boolean milestone;
    private Integer durationDays = 5;
    private LocalDate fixedDate;
    private LocalDate notBefore;
    private Long ownerId;
    private boolean done;
    private String notes;

    public static TaskDraft of(RoadmapTask t) {
        TaskDraft d = new TaskDraft();
        d.id = t.getId();
        d.version = t.getVersion();
        d.name = t.getName();
        d.milestone = t.isMilestone();
        d.durationDays = t.isMilestone() ? null : t.getDurationDays();
        d.fixedDate = t.getFixedDate();
        d.notBefore = t.getNotBefore();
        d.ownerId = t.getOwner() == null ? null : t.getOwner().getId();
        d.done = t.isDone();
        d.notes = t.getNotes();
        return d;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public LocalDate getFixedDate() {
        return fixedDate;
    }

    public void setFixedDate(LocalDate fixedDate) {
        this.fixedDate = fixedDate;
    }

    public LocalDate getNotBefore() {
        return notBefore;
    }

    public void setNotBefore(LocalDate notBefore) {
        this.notBefore = notBefore;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
