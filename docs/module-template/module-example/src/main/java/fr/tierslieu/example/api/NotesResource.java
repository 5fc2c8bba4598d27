package fr.tierslieu.example.api;

import fr.tierslieu.core.api.ApiLocale;
import fr.tierslieu.example.application.NoteService;
import fr.tierslieu.example.domain.Note;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The module's REST resource, under /api/example; refusals become JSON through the core's mappers. */
@Path("example/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    @Inject
    NoteService notes;

    @Context
    HttpHeaders headers;

    public record NoteJson(Long id, Long actorId, String text) {
        static NoteJson of(Note n) {
            return new NoteJson(n.getId(), n.getActorId(), n.getText());
        }
    }

    @GET
    public List<NoteJson> list() {
        return notes.notes().stream().map(NoteJson::of).toList();
    }

    @POST
    public NoteJson add(NoteJson body) {
        return NoteJson.of(notes.add(
                body == null ? null : body.actorId(), body == null ? null : body.text(), ApiLocale.of(headers)));
    }
}
