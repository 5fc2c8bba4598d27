package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.application.config.AppConfig;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.mail.MailOutbox;
import fr.tierslieu.core.application.mail.Mailer;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Invitee;
import fr.tierslieu.studytrip.domain.PollDate;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The date poll. Organisers propose dates and invite people; each invitee answers through a
 * personal link carrying a random token (256 bits, URL-safe): that link is the only credential,
 * so that external partners need no account. The two methods used by the public page
 * ({@link #invitation} and {@link #answer}) need no signed-in user; every other method does.
 */
@ApplicationScoped
@Transactional
public class PollService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Inject
    MessageBundles messages;

    @Inject
    Mailer mailer;

    @Inject
    AppConfig config;

    Clock clock = Clock.systemUTC();

    public PollService() {}

    public PollService(EntityManager em, MessageBundles messages, Mailer mailer) {
        this.em = em;
        this.messages = messages;
        this.mailer = mailer;
        this.config = new AppConfig();
    }

    /** The personal link of an invitee, at the public address users type. */
    public String link(Invitee i) {
        return config.publicUrl(null) + "/public/studytrip/poll.xhtml?t=" + i.getToken();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Trip trip(long id) {
        Trip t = em.find(Trip.class, id);
        if (t == null) {
            throw new NotFoundException("Trip", id);
        }
        return t;
    }

    @RequiresRole
    public List<PollDate> dates(long tripId) {
        return em.createQuery("select d from PollDate d where d.trip.id = :t order by d.day", PollDate.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    @RequiresRole
    public List<Invitee> invitees(long tripId) {
        return em.createQuery("select i from Invitee i where i.trip.id = :t order by i.name, i.id", Invitee.class)
                .setParameter("t", tripId)
                .getResultList();
    }

    @RequiresRole({Role.ORGANIZER})
    public PollDate addDate(long tripId, LocalDate day, Locale locale) {
        Trip trip = trip(tripId);
        if (day == null) {
            throw ValidationFailure.of("pollDay", messages.get(locale, "core.error.required"));
        }
        if (day.isBefore(LocalDate.now(clock))) {
            throw ValidationFailure.of("pollDay", messages.get(locale, "studytrip.error.pastDate"));
        }
        if (dates(tripId).stream().anyMatch(d -> d.getDay().equals(day))) {
            throw ValidationFailure.of("pollDay", messages.get(locale, "studytrip.error.dateTaken"));
        }
        PollDate d = new PollDate(trip, day);
        em.persist(d);
        em.flush();
        return d;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeDate(long tripId, long dateId) {
        dates(tripId).stream().filter(d -> d.getId() == dateId).findFirst().ifPresent(d -> {
            Workspaces.nativeQuery(em, "DELETE FROM studytrip_answer WHERE poll_date_id = ?")
                    .setParameter(1, dateId)
                    .executeUpdate();
            em.remove(d);
        });
        em.flush();
        invitees(tripId).forEach(em::refresh);
    }

    /** Invites someone (an actor of the registry or an external person); their personal link is made at once. */
    @RequiresRole({Role.ORGANIZER})
    public Invitee invite(long tripId, Long actorId, String name, String email, Locale locale) {
        Trip trip = trip(tripId);
        if (name == null || name.isBlank()) {
            throw ValidationFailure.of("inviteeName", messages.get(locale, "core.error.required"));
        }
        if (name.trim().length() > Invitee.NAME_MAX) {
            throw ValidationFailure.of("inviteeName", messages.format(locale, "core.error.tooLong", Invitee.NAME_MAX));
        }
        if (email != null
                && !email.isBlank()
                && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw ValidationFailure.of("inviteeEmail", messages.get(locale, "studytrip.error.email"));
        }
        Invitee i = new Invitee(
                trip, actorId, name.trim(), email == null || email.isBlank() ? null : email.trim(), newToken());
        em.persist(i);
        em.flush();
        // the invitation leaves with the invitee's record, or not at all
        mailer.queue(new MailOutbox.Mail(
                "studytrip.mail.invitation",
                i.getEmail(),
                i.getName(),
                Locale.FRENCH,
                i.getName(),
                trip.getTitle(),
                link(i)));
        return i;
    }

    /** Reminds the invitees with an address who have not answered yet. @return how many reminders were queued */
    @RequiresRole({Role.ORGANIZER})
    public int remind(long tripId) {
        Trip trip = trip(tripId);
        int n = 0;
        for (Invitee i : invitees(tripId)) {
            if (i.getAnswers().isEmpty()
                    && mailer.queue(new MailOutbox.Mail(
                            "studytrip.mail.reminder",
                            i.getEmail(),
                            i.getName(),
                            Locale.FRENCH,
                            i.getName(),
                            trip.getTitle(),
                            link(i)))) {
                n++;
            }
        }
        return n;
    }

    @RequiresRole({Role.ORGANIZER})
    public void removeInvitee(long tripId, long inviteeId) {
        invitees(tripId).stream()
                .filter(i -> i.getId() == inviteeId)
                .findFirst()
                .ifPresent(em::remove);
    }

    /** What the public page shows to the holder of a link: the trip, the dates and their own answers. */
    public record Invitation(
            long inviteeId,
            String name,
            String tripTitle,
            String destination,
            List<PollDate> dates,
            Map<Long, DatePoll.Answer> answers,
            boolean answered)
            implements java.io.Serializable {}

    /** The invitation behind a personal link, or empty for an unknown token (no hint given either way). */
    public Optional<Invitation> invitation(String token) {
        return find(token)
                .map(i -> new Invitation(
                        i.getId(),
                        i.getName(),
                        i.getTrip().getTitle(),
                        i.getTrip().getDestination(),
                        dates(i.getTrip().getId()),
                        Map.copyOf(i.getAnswers()),
                        i.getAnsweredAt() != null));
    }

    private Optional<Invitee> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return em
                .createQuery("select i from Invitee i join fetch i.trip where i.token = :t", Invitee.class)
                .setParameter("t", token)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * Records the answers given through a personal link: one answer for every date of the poll,
     * all saved or none.
     *
     * @throws NotFoundException for an unknown token
     */
    public void answer(String token, Map<Long, DatePoll.Answer> answers, Locale locale) {
        Invitee invitee = find(token).orElseThrow(() -> new NotFoundException("Invitation", "?"));
        List<PollDate> dates = dates(invitee.getTrip().getId());
        Map<Long, DatePoll.Answer> given = new LinkedHashMap<>();
        for (PollDate d : dates) {
            DatePoll.Answer a = answers.get(d.getId());
            if (a == null) {
                throw ValidationFailure.of(
                        "answer_" + d.getId(), messages.get(locale, "studytrip.error.answerEveryDate"));
            }
            given.put(d.getId(), a);
        }
        em.lock(invitee, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        invitee.answer(given, clock.instant());
        em.flush();
    }

    /** The count per date and the best date (null before any positive answer), plus who has not answered. */
    public record Results(List<DatePoll.Tally> tallies, DatePoll.Tally best, List<String> missing) {}

    @RequiresRole
    public Results results(long tripId) {
        Map<Long, LocalDate> dates = new LinkedHashMap<>();
        dates(tripId).forEach(d -> dates.put(d.getId(), d.getDay()));
        List<Invitee> invitees = invitees(tripId);
        List<DatePoll.Tally> tallies =
                DatePoll.tally(dates, invitees.stream().map(Invitee::getAnswers).toList());
        return new Results(
                tallies,
                DatePoll.best(tallies),
                invitees.stream()
                        .filter(i -> i.getAnsweredAt() == null)
                        .map(Invitee::getName)
                        .toList());
    }

    /** Sets the trip's date to a date of the poll (usually the best one). */
    @RequiresRole({Role.ORGANIZER})
    public void fixDate(long tripId, long dateId) {
        PollDate d = dates(tripId).stream()
                .filter(x -> x.getId() == dateId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("PollDate", dateId));
        trip(tripId).setDate(d.getDay());
        em.flush();
    }
}
