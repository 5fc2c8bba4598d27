package fr.tierslieu.core.application.project;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.domain.project.WorkshopGuest;
import fr.tierslieu.core.domain.project.WorkshopProposal;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A workshop as a guest sees it through their personal link, without an account: the link's token is
 * the only key, and opens nothing but that guest's workshop — their own proposals, the organisations
 * a relationship may link (never persons), and proposing while the workshop is open.
 */
@ApplicationScoped
@Transactional
public class GuestWorkshop {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    MessageBundles messages;

    Clock clock = Clock.systemDefaultZone();

    public GuestWorkshop() {}

    public GuestWorkshop(EntityManager em, MessageBundles messages, Clock clock) {
        this.em = em;
        this.messages = messages;
        this.clock = clock;
    }

    /** The workshops' rules, outside the role check (the token is the check here). */
    private WorkshopService rules() {
        return new WorkshopService(em, messages, null, null, clock);
    }

    public Optional<WorkshopGuest> guest(String token) {
        return rules().guest(token);
    }

    public boolean isOpen(WorkshopGuest guest) {
        return rules().isOpen(guest.getWorkshop());
    }

    public List<WorkshopProposal> proposals(String token) {
        return guest(token).map(g -> rules().proposalsOf(g)).orElse(List.of());
    }

    public List<Choice> organisations(String token) {
        return guest(token).isPresent() ? rules().organisations() : List.of();
    }

    /** @throws ValidationFailure naming each field at fault, or saying the link is not valid */
    public WorkshopProposal propose(String token, WorkshopService.Draft d, Locale locale) {
        WorkshopGuest g = guest(token)
                .orElseThrow(() -> ValidationFailure.of(null, messages.get(locale, "core.workshop.error.link")));
        return rules().propose(g, d, locale);
    }
}
