package fr.tierslieu.core.application.demo;

import fr.tierslieu.core.application.actor.ActorRepository;
import fr.tierslieu.core.application.audit.AuditUser;
import fr.tierslieu.core.application.security.UserRepository;
import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo data set (core first, then each module's {@link DemoDataProvider} in module order)
 * into an empty database, in one transaction: either the whole set is there or none of it.
 */
@ApplicationScoped
public class DemoDataService {

    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    ActorRepository actors;

    @Inject
    UserRepository users;

    @Inject
    ModuleRegistry registry;

    @Inject
    @Any
    Instance<DemoDataProvider> providers;

    /** @return whether the demo data was loaded (false if the database already had users or actors) */
    @Transactional
    public boolean loadIfEmpty() {
        if (users.count() > 0 || actors.countAll() > 0) {
            return false;
        }
        AuditUser.runAs("demo", () -> {
            new CoreDemoData(em).load();
            List<DemoDataProvider> ordered = new ArrayList<>();
            for (TiersLieuModule module : registry.modules()) {
                providers.stream().filter(p -> p.moduleId().equals(module.id())).forEach(ordered::add);
            }
            for (DemoDataProvider provider : ordered) {
                provider.load();
                LOG.info(() -> "Demo data loaded for module '" + provider.moduleId() + "'");
            }
            return null;
        });
        LOG.info("Demo data loaded (demo accounts admin, manager, board, organizer, viewer; password 'demo')");
        return true;
    }
}
