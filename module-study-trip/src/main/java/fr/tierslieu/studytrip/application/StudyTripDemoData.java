package fr.tierslieu.studytrip.application;

import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.studytrip.StudyTripModule;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
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
 * figures), with participants from the demo actors leaving from their communes, three drivers.
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
        List<?> project = em.createNativeQuery("SELECT id FROM core_project WHERE name LIKE 'Atelier Z%'").getResultList();
        Trip trip = new Trip("Voyage d’étude dans le Trégor", LocalDate.of(2027, 5, 21),
                "Tiers-lieu rural du Trégor, Lannion (illustratif)", new BigDecimal("48.732600"), new BigDecimal("-3.456600"), 12,
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
                {"Charpentiers de marine de l'Aven", "Pont-Aven", "47.855000", "-3.747000", false, 0}};
        int confirmed = 0;
        long minute = 0;
        for (Object[] p : people) {
            List<?> ids = em.createNativeQuery("SELECT id FROM core_actor WHERE name = ?").setParameter(1, p[0]).getResultList();
            Long actor = ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
            em.persist(new Participant(trip, actor, (String) p[0], null, null, null, (String) p[1], new BigDecimal((String) p[2]),
                    new BigDecimal((String) p[3]), (Boolean) p[4], (Integer) p[5], RegistrationStatus.CONFIRMED,
                    Instant.parse("2027-03-01T09:00:00Z").plusSeconds(60 * minute++)));
            confirmed++;
        }
        em.flush();
        em.createQuery("update Trip t set t.confirmed = :c where t.id = :id").setParameter("c", confirmed)
                .setParameter("id", trip.getId()).executeUpdate();
    }
}
