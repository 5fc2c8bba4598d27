package fr.tierslieu.core.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a set of discovered modules and orders them so that every module comes after the
 * modules it depends on (the core first). Pure: no container, so it is tested with plain JUnit
 * and runs unchanged at start-up, where any problem stops the application with the message built
 * here.
 */
public final class ModuleGraph {

    /** The core's own module id; every other module depends on it implicitly. */
    public static final String CORE_ID = "core";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,29}");

    private ModuleGraph() {}

    /**
     * @return the modules in start-up order: dependencies first, then by {@link TiersLieuModule#order()}
     *         and id for modules that do not depend on each other
     * @throws ModuleConfigurationException naming every module at fault
     */
    public static List<TiersLieuModule> resolve(List<TiersLieuModule> discovered) {
        Map<String, TiersLieuModule> byId = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TiersLieuModule module : discovered) {
            String id = module.id();
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("module " + module.getClass().getName() + " has an invalid id '" + id
                        + "' (expected 2-30 lower-case letters or digits, starting with a letter)");
                continue;
            }
            TiersLieuModule previous = byId.putIfAbsent(id, module);
            if (previous != null) {
                problems.add("duplicate module id '" + id + "' declared by " + className(previous) + " and "
                        + className(module));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        if (!byId.containsKey(CORE_ID)) {
            throw failure(List.of("the core module (id 'core') was not found"));
        }

        Map<String, Set<String>> deps = new HashMap<>();
        for (TiersLieuModule module : byId.values()) {
            Set<String> d = new TreeSet<>(module.dependsOn() == null ? Set.of() : module.dependsOn());
            if (!module.id().equals(CORE_ID)) {
                d.add(CORE_ID);
            } else if (!d.isEmpty()) {
                problems.add("the core module cannot depend on other modules " + d);
            }
            for (String dep : d) {
                if (dep.equals(module.id())) {
                    problems.add("module '" + module.id() + "' depends on itself");
                } else if (!byId.containsKey(dep)) {
                    problems.add("module '" + module.id() + "' depends on module '" + dep
                            + "', which is not installed (add its jar to the webapp)");
                }
            }
            deps.put(module.id(), d);
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }

        // Kahn's algorithm; among ready modules, lower order() then id first, so the result is stable.
        Comparator<TiersLieuModule> tieBreak =
                Comparator.comparingInt(TiersLieuModule::order).thenComparing(TiersLieuModule::id);
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        deps.forEach((id, d) -> {
            missing.put(id, d.size());
            d.forEach(dep ->
                    dependents.computeIfAbsent(dep, k -> new ArrayList<>()).add(id));
        });
        PriorityQueue<TiersLieuModule> ready = new PriorityQueue<>(tieBreak);
        missing.forEach((id, n) -> {
            if (n == 0) {
                ready.add(byId.get(id));
            }
        });
        List<TiersLieuModule> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            TiersLieuModule next = ready.poll();
            ordered.add(next);
            for (String dependent : dependents.getOrDefault(next.id(), List.of())) {
                if (missing.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(byId.get(dependent));
                }
            }
        }
        if (ordered.size() < byId.size()) {
            Set<String> inCycle = new LinkedHashSet<>(new TreeSet<>(byId.keySet()));
            ordered.forEach(m -> inCycle.remove(m.id()));
            throw failure(List.of("modules depend on each other in a cycle: " + String.join(", ", inCycle)));
        }
        return List.copyOf(ordered);
    }

    private static String className(TiersLieuModule module) {
        String name = module.getClass().getName();
        int proxy = name.indexOf("$Proxy$");
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    private static ModuleConfigurationException failure(List<String> problems) {
        return new ModuleConfigurationException(
                "Tiers-Lieu Studio cannot start, module configuration is invalid: " + String.join("; ", problems));
    }
}
