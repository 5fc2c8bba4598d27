package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.Cost;
import fr.tierslieu.studytrip.domain.Criterion;
import fr.tierslieu.studytrip.domain.DatePoll;
import fr.tierslieu.studytrip.domain.Destination;
import fr.tierslieu.studytrip.domain.Invitee;
import fr.tierslieu.studytrip.domain.Itinerary;
import fr.tierslieu.studytrip.domain.Note;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.PollDate;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Stop;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo: a one-day trip from Névez to a rural tiers-lieu of the Trégor (illustrative place and
 * figures), with participants from the demo actors leaving from their communes, three drivers;
 * three candidate destinations scored on four criteria, a date poll with its answers, the
 * programme of the day, the budget and a first debrief.
 */
@ApplicationScoped
public class StudyTripDemoData implements DemoDataProvider {

    @PersistenceContext(unitName = "studytrip")
    EntityManager em;

    @Override
    public String moduleId() {
        return StudyTripModule.ID;
    }

    @Override
    public void load() {
        List<?> project = Workspaces.nativeQuery(
                        em, "SELECT id FROM core_project WHERE name LIKE 'Atelier Z%' AND workspace_id = ?")
                .setParameter(1, Workspaces.of(em))
                .getResultList();
        Trip trip = new Trip(
                "Voyage d’étude dans le Trégor",
                LocalDate.of(2027, 5, 21),
                "Tiers-lieu rural du Trégor, Lannion (illustratif)",
                new BigDecimal("48.732600"),
                new BigDecimal("-3.456600"),
                12,
                project.isEmpty() ? null : ((Number) project.get(0)).longValue());
        em.persist(trip);
        em.flush();
        Object[][] people = {
            {"Atelier Z", "Névez", "47.819500", "-3.792700", true, 3},
            {"Commune de Névez", "Névez", "47.819500", "-3.792700", false, 0},
            {"Bretagne Transition", "Brest", "48.390400", "-4.486100", true, 3},
            {"KonK Ar Lab", "Concarneau", "47.875300", "-3.918900", false, 0},
            {"Concarneau Cornouaille Agglomération", "Concarneau", "47.875300", "-3.918900", true, 2},
            {"Lin et chanvre de Cornouaille", "Quimperlé", "47.872500", "-3.549000", false, 0},
            {"Charpentiers de marine de l'Aven", "Pont-Aven", "47.855000", "-3.747000", false, 0}
        };
        int confirmed = 0;
        long minute = 0;
        for (Object[] p : people) {
            List<?> ids = Workspaces.nativeQuery(em, "SELECT id FROM core_actor WHERE name = ? AND workspace_id = ?")
                    .setParameter(1, p[0])
                    .setParameter(2, Workspaces.of(em))
                    .getResultList();
            Long actor = ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
            em.persist(new Participant(
                    trip,
                    actor,
                    (String) p[0],
                    null,
                    null,
                    null,
                    (String) p[1],
                    new BigDecimal((String) p[2]),
                    new BigDecimal((String) p[3]),
                    (Boolean) p[4],
                    (Integer) p[5],
                    RegistrationStatus.CONFIRMED,
                    Instant.parse("2027-03-01T09:00:00Z").plusSeconds(60 * minute++)));
            confirmed++;
        }
        em.flush();
        em.createQuery("update Trip t set t.confirmed = :c where t.id = :id")
                .setParameter("c", confirmed)
                .setParameter("id", trip.getId())
                .executeUpdate();
        em.refresh(trip); // the bulk update above is not seen by the managed trip
        prepare(trip);
    }

    private Long actor(String name) {
        List<?> ids = Workspaces.nativeQuery(em, "SELECT id FROM core_actor WHERE name = ? AND workspace_id = ?")
                .setParameter(1, name)
                .setParameter(2, Workspaces.of(em))
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** Destinations and their grid, the poll, the day, the budget and a debrief (all illustrative). */
    private void prepare(Trip trip) {
        List<?> questions = trip.getProjectId() == null
                ? List.of()
                : Workspaces.nativeQuery(
                                em,
                                "SELECT id FROM core_project_finding WHERE project_id = ? AND kind = 'OPEN_QUESTION' ORDER BY id")
                        .setParameter(1, trip.getProjectId())
                        .getResultList();
        java.util.Set<Long> firstQuestions = new java.util.LinkedHashSet<>();
        questions.stream().limit(2).forEach(q -> firstQuestions.add(((Number) q).longValue()));

        Destination tregor = destination(
                trip,
                "Tiers-lieu rural du Trégor, Lannion (illustratif)",
                "Lannion",
                "48.732600",
                "-3.456600",
                "fablab, ferme, gouvernance partagée",
                "Modèle économique mixte (fablab, événements, location) et passage en SCIC.",
                firstQuestions);
        Destination morlaix = destination(
                trip,
                "Ferme-atelier du pays de Morlaix (illustratif)",
                "Morlaix",
                "48.577500",
                "-3.827800",
                "agriculture, chantiers participatifs",
                "Mise aux normes de bâtiments agricoles pour accueillir du public.",
                java.util.Set.of());
        Destination quimper = destination(
                trip,
                "Fablab de Quimper (illustratif)",
                "Quimper",
                "47.996000",
                "-4.102000",
                "fablab, entreprises",
                "Séminaires d’entreprise et offre aux entreprises du territoire.",
                java.util.Set.of());
        Criterion relevance = criterion(trip, "Pertinence pour nos questions", 5, 0);
        Criterion distance = criterion(trip, "Distance", 3, 1);
        Criterion host = criterion(trip, "Disponibilité de l’hôte", 4, 2);
        Criterion cost = criterion(trip, "Coût", 2, 3);
        em.flush();
        int[][] scores = {{5, 2, 4, 3}, {3, 4, 2, 4}, {2, 5, 3, 5}};
        Destination[] ds = {tregor, morlaix, quimper};
        Criterion[] cs = {relevance, distance, host, cost};
        for (int i = 0; i < ds.length; i++) {
            for (int k = 0; k < cs.length; k++) {
                ds[i].score(cs[k].getId(), scores[i][k]);
            }
        }
        trip.choose(
                tregor,
                "Le plus proche de nos questions (modèle mixte, SCIC) et un hôte disponible en mai\u202F; "
                        + "la distance se compense par le covoiturage.");

        java.time.LocalDate[] days = {
            trip.getDate(), trip.getDate().plusWeeks(1), trip.getDate().plusWeeks(2)
        };
        List<PollDate> dates = new java.util.ArrayList<>();
        for (java.time.LocalDate d : days) {
            PollDate pd = new PollDate(trip, d);
            em.persist(pd);
            dates.add(pd);
        }
        em.flush();
        String[][] invitees = {
            {"Atelier Z", "YES", "YES", "NO"},
            {"Commune de Névez", "YES", "IF_NEEDED", "YES"},
            {"Bretagne Transition", "YES", "NO", "IF_NEEDED"},
            {"Concarneau Cornouaille Agglomération", "IF_NEEDED", "YES", "NO"},
            {"INRAE", null, null, null}
        };
        for (String[] row : invitees) {
            Invitee i = new Invitee(trip, actor(row[0]), row[0], null, PollService.newToken());
            em.persist(i);
            if (row[1] != null) {
                java.util.Map<Long, DatePoll.Answer> answers = new java.util.HashMap<>();
                for (int k = 0; k < dates.size(); k++) {
                    answers.put(dates.get(k).getId(), DatePoll.Answer.valueOf(row[k + 1]));
                }
                i.answer(answers, Instant.parse("2027-03-05T10:00:00Z"));
            }
        }

        Object[][] stops = {
            {Itinerary.Kind.DEPARTURE, "Départ d’Atelier Z, Névez", "47.819500", "-3.792700", "07:30", 10, null},
            {
                Itinerary.Kind.VISIT,
                "Visite du tiers-lieu et rencontre de l’équipe",
                "48.732600",
                "-3.456600",
                "10:00",
                150,
                "18:00"
            },
            {Itinerary.Kind.LUNCH, "Déjeuner sur place avec les hôtes", null, null, null, 75, null},
            {Itinerary.Kind.VISIT, "Atelier\u202F: gouvernance et modèle économique", null, null, null, 105, "18:00"},
            {Itinerary.Kind.DEBRIEF, "Bilan à chaud du groupe", null, null, null, 30, null},
            {Itinerary.Kind.RETURN, "Retour à Névez", "47.819500", "-3.792700", null, 0, null}
        };
        int position = 0;
        for (Object[] st : stops) {
            em.persist(new Stop(
                    trip,
                    position++,
                    (Itinerary.Kind) st[0],
                    (String) st[1],
                    st[2] == null ? null : new BigDecimal((String) st[2]),
                    st[3] == null ? null : new BigDecimal((String) st[3]),
                    st[4] == null ? null : java.time.LocalTime.parse((String) st[4]),
                    (Integer) st[5],
                    st[6] == null ? null : java.time.LocalTime.parse((String) st[6])));
        }
        em.persist(new Cost(
                trip, "Carburant et péages (remboursés aux conducteurs)", new BigDecimal("180.00"), "Atelier Z"));
        em.persist(new Cost(
                trip, "Déjeuner (12 repas)", new BigDecimal("216.00"), "Concarneau Cornouaille Agglomération"));
        em.persist(new Cost(trip, "Participation à l’accueil par l’hôte", new BigDecimal("150.00"), "Atelier Z"));

        Instant at = Instant.parse("2027-05-21T17:00:00Z");
        em.persist(new Note(
                trip,
                Note.Kind.QUESTION,
                "Comment avez-vous réparti les rôles entre bénévoles et salariés\u202F?",
                null,
                false,
                at));
        em.persist(new Note(
                trip,
                Note.Kind.NOTE,
                "Les hôtes ont mis deux ans à stabiliser leurs séminaires d’entreprise.",
                "modèle économique",
                false,
                at));
        em.persist(new Note(
                trip,
                Note.Kind.VIGILANCE,
                "Ne pas dépendre d’une seule grosse subvention\u202F: anticiper la fin des aides de démarrage.",
                "modèle économique",
                false,
                at));
        em.persist(new Note(
                trip,
                Note.Kind.SUCCESS_FACTOR,
                "Un·e salarié·e dédié·e à l’animation dès la première année.",
                "gouvernance",
                true,
                at));
        em.flush();
    }

    private Destination destination(
            Trip trip,
            String name,
            String commune,
            String lat,
            String lon,
            String themes,
            String goals,
            java.util.Set<Long> questionIds) {
        Destination d = new Destination(trip, name);
        d.describe(name, commune, new BigDecimal(lat), new BigDecimal(lon), themes, null, goals, questionIds);
        em.persist(d);
        return d;
    }

    private Criterion criterion(Trip trip, String name, int weight, int position) {
        Criterion c = new Criterion(trip, name, weight, position);
        em.persist(c);
        return c;
    }
}
