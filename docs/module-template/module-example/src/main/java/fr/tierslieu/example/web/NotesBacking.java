package fr.tierslieu.example.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.example.application.NoteService;
import fr.tierslieu.example.domain.Note;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The notes page: one bean per page or tab, lists read once per view, actions through FacesSupport.attempt. */
@Named
@ViewScoped
public class NotesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    NoteService notes;

    @Inject
    Msg msg;

    private String text;
    private transient List<Note> list;

    public List<Note> getNotes() {
        if (list == null) {
            list = notes.notes();
        }
        return list;
    }

    public void add() {
        if (FacesSupport.attempt(msg, "noteForm", () -> notes.add(null, text, Msg.locale()))) {
            FacesSupport.info(msg.get("example.note.saved"));
            text = null;
            list = null;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
