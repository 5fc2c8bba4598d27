package fr.tierslieu.core.testsupport;

import fr.tierslieu.core.CoreModule;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.i18n.Validation;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import java.util.ArrayList;
import java.util.List;

/** The core's collaborators that need no container, for plain JUnit tests (modules reuse them). */
public final class TestModules {

    private TestModules() {}

    /** A registry of the core plus the given modules. */
    public static ModuleRegistry registry(TiersLieuModule... others) {
        List<TiersLieuModule> all = new ArrayList<>();
        all.add(new CoreModule());
        all.addAll(List.of(others));
        return new ModuleRegistry(all);
    }

    public static MessageBundles bundles(TiersLieuModule... others) {
        return new MessageBundles(registry(others));
    }

    public static Validation validation() {
        return new Validation(jakarta.validation.Validation.buildDefaultValidatorFactory());
    }
}
