package fr.tierslieu.web.e2e;

/** Which product modules the WAR under test carries (webapp's profiles set one property each). */
final class WarModules {

    private WarModules() {}

    /**
     * Whether the WAR carries module {@code id} ({@code governance}, {@code economy},
     * {@code studytrip}): false when it was built with {@code -Dwithout-<module>}; true when the
     * suites run outside Maven (an IDE), where the full WAR is the usual one.
     */
    static boolean installed(String id) {
        return Boolean.parseBoolean(System.getProperty("tierslieu.it.modules." + id, "true"));
    }
}
