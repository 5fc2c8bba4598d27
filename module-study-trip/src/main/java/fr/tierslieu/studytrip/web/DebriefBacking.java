package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.DebriefService;
import fr.tierslieu.studytrip.domain.Note;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;

/** Questions for the hosts, notes of the day and the debrief, published to the project. */
@Named
@ViewScoped
public class DebriefBacking extends TripPage {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    DebriefService debrief;

    private transient List<Note> notes;
    private Note.Kind kind = Note.Kind.SUCCESS_FACTOR;
    private String text;
    private String tags;
    private boolean suggestTask;

    @Override
    void refresh() {
        super.refresh();
        notes = null;
    }

    public List<Note> getNotes() {
        if (notes == null) {
            notes = debrief.notes(id);
        }
        return notes;
    }

    public List<Note> notesOf(Note.Kind k) {
        return getNotes().stream().filter(n -> n.getKind() == k).toList();
    }

    public void add() {
        if (FacesSupport.attempt(
                msg, "noteForm", () -> debrief.addNote(id, kind, text, tags, suggestTask, Msg.locale()))) {
            text = null;
            tags = null;
            suggestTask = false;
            refresh();
        }
    }

    public void remove(long noteId) {
        if (FacesSupport.attempt(msg, "notesForm", () -> debrief.removeNote(id, noteId))) {
            refresh();
        }
    }

    public void importQuestions() {
        int[] n = new int[1];
        if (FacesSupport.attempt(msg, "notesForm", () -> n[0] = debrief.importOpenQuestions(id, Msg.locale()))) {
            FacesSupport.info(msg.formatAll("studytrip.debrief.imported", n[0]));
            refresh();
        }
    }

    public void publish() {
        DebriefService.Published[] p = new DebriefService.Published[1];
        if (FacesSupport.attempt(msg, "notesForm", () -> p[0] = debrief.publish(id, Msg.locale()))) {
            FacesSupport.info(msg.formatAll("studytrip.debrief.published", p[0].added(), p[0].updated()));
            refresh();
        }
    }

    public Note.Kind[] getKinds() {
        return Note.Kind.values();
    }

    public Note.Kind getKind() {
        return kind;
    }

    public void setKind(Note.Kind v) {
        kind = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }

    public boolean isSuggestTask() {
        return suggestTask;
    }

    public void setSuggestTask(boolean v) {
        suggestTask = v;
    }
}
