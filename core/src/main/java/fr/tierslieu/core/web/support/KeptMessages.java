package fr.tierslieu.core.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Messages kept across a redirect (« Acteur enregistré » on the page the save leads to), in the
 * session rather than in Faces' flash. Mojarra keeps the flash's content in the memory of the
 * instance that wrote it: when that instance of a cluster dies, the next one finds the flash cookie
 * but not its content and throws — after the save has been done, so the person saw an error page
 * for a change that was made (found by webapp/src/test/bench/scale.sh). The session is
 * replicated, so the message follows the person to whichever instance answers next.
 *
 * <p>{@link FacesSupport#keepMessages()} marks the request; after the action's phase, the messages
 * queued so far are moved to the session; before the next page renders, they are put back.
 */
public class KeptMessages implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String MARK = KeptMessages.class.getName() + ".keep";
    static final String KEY = KeptMessages.class.getName() + ".messages";

    /** At most this many messages carried over (a page never queues more than a few). */
    static final int MAX = 20;

    /** One message and the component it belongs to (null: the page). */
    record Kept(String clientId, FacesMessage message) implements Serializable {}

    /** Marks the current request: its messages go on to the next page. */
    static void keep(FacesContext context) {
        context.getAttributes().put(MARK, Boolean.TRUE);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.INVOKE_APPLICATION
                || !Boolean.TRUE.equals(context.getAttributes().get(MARK))) {
            return;
        }
        List<Kept> kept = new ArrayList<>();
        Iterator<String> ids = context.getClientIdsWithMessages();
        while (ids.hasNext() && kept.size() < MAX) {
            String id = ids.next();
            Iterator<FacesMessage> messages = context.getMessages(id);
            while (messages.hasNext() && kept.size() < MAX) {
                kept.add(new Kept(id, messages.next()));
            }
        }
        if (!kept.isEmpty()) {
            context.getExternalContext().getSessionMap().put(KEY, kept);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE
                || Boolean.TRUE.equals(context.getAttributes().get(MARK))) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<Kept> kept = (List<Kept>) session.remove(KEY);
        if (kept != null) {
            kept.forEach(k -> context.addMessage(k.clientId(), k.message()));
        }
    }
}
