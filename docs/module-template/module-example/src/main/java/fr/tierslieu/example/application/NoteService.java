package fr.tierslieu.example.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.module.ActorDeleted;
import fr.tierslieu.example.domain.Note;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The module's use cases: every one in a transaction, roles checked by {@code @RequiresRole}, a
 * refused input as a {@link ValidationFailure} naming the field. Writes go through the module's
 * persistence unit, whose audit customizer feeds the core's audit log.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class NoteService {

    @PersistenceContext(unitName = "example")
    EntityManager em;

    @Inject
    MessageBundles messages;

    public NoteService() {}

    /** For tests outside the server. */
    public NoteService(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    public List<Note> notes() {
        return em.createQuery("select n from Note n order by n.id desc", Note.class)
                .setMaxResults(200)
                .getResultList();
    }

    @RequiresRole({Role.MANAGER, Role.BOARD})
    public Note add(Long actorId, String text, Locale locale) {
        String problem = Note.problemWith(text);
        if (problem != null) {
            throw ValidationFailure.of("text", messages.format(locale, problem, Note.TEXT_MAX));
        }
        Note note = new Note(actorId, text.strip());
        em.persist(note);
        return note;
    }

    /** No note keeps pointing at a deleted actor. */
    void onActorDeleted(@Observes ActorDeleted event) {
        em.createQuery("delete from Note n where n.actorId = :a")
                .setParameter("a", event.actorId())
                .executeUpdate();
    }
}
