package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.testsupport.TestModules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** An actor service outside the container, for the tests of other packages (no module uses the actors). */
public final class ActorServices {

    private ActorServices() {}

    public static ActorService of(EntityManager em, Clock clock) {
        ActorService s = new ActorService() {
            @Override
            protected Iterable<fr.tierslieu.core.module.ActorUsageProvider> usageProviders() {
                return List.of();
            }
        };
        s.repository = new ActorRepository(em);
        s.validation = TestModules.validation();
        s.messages = TestModules.bundles();
        s.clock = clock;
        return s;
    }

    /** The personal data service (export, erasure) with no module's records. */
    public static PersonalDataService personalData(EntityManager em, Clock clock) {
        PersonalDataService p = new PersonalDataService() {
            @Override
            protected Iterable<fr.tierslieu.core.module.ActorUsageProvider> usageProviders() {
                return List.of();
            }
        };
        p.repository = new ActorRepository(em);
        p.messages = TestModules.bundles();
        p.meetings = new fr.tierslieu.core.application.meeting.MeetingService(
                em,
                TestModules.bundles(),
                new fr.tierslieu.core.application.project.ProjectService(
                        em, TestModules.validation(), TestModules.bundles()));
        p.em = em;
        p.privacy = new ActorPrivacy(em);
        p.clock = clock;
        return p;
    }
}
