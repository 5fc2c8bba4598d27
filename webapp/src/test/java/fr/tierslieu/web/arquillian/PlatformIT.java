package fr.tierslieu.web.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.tierslieu.core.application.actor.ActorDraft;
import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorRepository;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.audit.AuditFilter;
import fr.tierslieu.core.application.bootstrap.Bootstrap;
import fr.tierslieu.core.application.bootstrap.Database;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.module.ModuleRegistry;
import fr.tierslieu.core.module.TiersLieuModule;
import fr.tierslieu.testmod.TestModule;
import fr.tierslieu.web.testclient.PageClient;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR plus a test-only module jar, on Payara Micro: proves the plug-in contract (the
 * module's menu entry, widget, migrated table, REST resource, actor usages and the actor-deleted
 * event), persistence under JTA (audit trail, optimistic locking, rollback) and server-side security.
 * One deployment for the whole suite.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @ArquillianResource
    URL base;

    @Inject
    ModuleRegistry registry;

    @Inject
    Bootstrap bootstrap;

    @Inject
    ActorRepository repository;

    @Inject
    ActorService actorService;

    @PersistenceUnit(unitName = "core")
    EntityManagerFactory emf;

    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tierslieu.war")));
        Path resources = Path.of("src/test/resources/testmod");
        JavaArchive module =
                ShrinkWrap.create(JavaArchive.class, "tierslieu-testmod.jar").addPackage(TestModule.class.getPackage());
        try (var files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                module.addAsResource(
                        file.toFile(), resources.relativize(file).toString().replace(File.separatorChar, '/'));
            }
        }
        war.addAsLibrary(module);
        // which modules this WAR was built with (-Dwithout-<module> leaves one out): the in-container
        // tests check that exactly these are discovered
        war.addAsResource(new StringAsset(String.join(",", builtWith())), EXPECTED_MODULES);
        // Arquillian's own servlet must be reachable without signing in (test deployment only).
        String webXml = read(war.get("WEB-INF/web.xml").getAsset().openStream());
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml.replace(
                "<url-pattern>/error.xhtml</url-pattern>",
                "<url-pattern>/error.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        return war;
    }

    private static final String EXPECTED_MODULES = "tierslieu-it-expected-modules.txt";
    private static final List<String> PRODUCT_MODULES = List.of("governance", "economy", "studytrip");

    /** On the client side: the product modules the build put in the WAR (its profiles say so). */
    private static List<String> builtWith() {
        return PRODUCT_MODULES.stream()
                .filter(id -> Boolean.parseBoolean(System.getProperty("tierslieu.it.modules." + id, "true")))
                .toList();
    }

    /** In the container: the product modules the WAR was built with, as the deployment recorded them. */
    private static List<String> expected() throws IOException {
        try (InputStream in = PlatformIT.class.getClassLoader().getResourceAsStream(EXPECTED_MODULES)) {
            String text = read(in).strip();
            return text.isEmpty() ? List.of() : List.of(text.split(","));
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    // ---- Plug-in contract -------------------------------------------------------------------

    @Test
    void theTestModuleIsDiscoveredAfterTheCore() {
        assertTrue(bootstrap.isReady());
        List<String> ids = registry.modules().stream().map(TiersLieuModule::id).toList();
        assertEquals("core", ids.get(0), "the core comes first");
        assertTrue(ids.contains("testmod"), ids.toString());
        var manager = registry.menuFor(Set.of(Role.MANAGER));
        assertTrue(manager.stream()
                .anyMatch(s -> s.moduleId().equals("testmod")
                        && s.entries().get(0).outcome().equals("/testmod/notes.xhtml")));
        assertFalse(
                registry.menuFor(Set.of(Role.VIEWER)).stream()
                        .anyMatch(s -> s.moduleId().equals("testmod")),
                "a MANAGER-only entry is hidden from partners");
        assertFalse(registry.mayOpen("/testmod/notes.xhtml", Set.of(Role.VIEWER)));
    }

    @Test
    void theModuleTableIsMigratedWithItsOwnHistory() throws Exception {
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT text FROM testmod_note WHERE id = 0")) {
                assertTrue(r.next());
                assertEquals("migrated by the test module", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history_testmod\" "
                    + "WHERE \"success\" = TRUE AND \"version\" = '1'")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
            try (ResultSet r =
                    s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history_core\" WHERE \"version\" = '1'")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }
    }

    @Test
    @RunAsClient
    void theDashboardShowsTheModuleWidgetAndMenuEntry() throws Exception {
        PageClient client = PageClient.signIn(base.toString(), "manager", "demo");
        String dashboard = client.get("index.xhtml");
        assertTrue(dashboard.contains("Widget du module de test"), "widget title from the module bundle");
        assertTrue(dashboard.contains("migrated by the test module"), "widget content from the module's table");
        assertTrue(dashboard.contains("/testmod/notes.xhtml"), "menu entry of the module");
        assertTrue(client.get("testmod/notes.xhtml").contains("id=\"testmodPage\""));

        PageClient viewer = PageClient.signIn(base.toString(), "viewer", "demo");
        assertFalse(viewer.get("index.xhtml").contains("/testmod/notes.xhtml"));
        assertEquals(403, viewer.status("testmod/notes.xhtml"));
    }

    @Test
    @RunAsClient
    void deletingAnActorShowsModuleUsagesThenLetsTheModuleCleanUp() throws Exception {
        ApiClient api = new ApiClient(base, "manager", "demo");
        String created = api.send(
                "POST", "api/core/actors", "{\"name\":\"Usage " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        api.send("POST", "api/testmod/notes?actorId=" + id, "");

        assertEquals(409, api.status("DELETE", "api/core/actors/" + id));
        assertTrue(api.lastBody().contains("note(s) du module de test"), api.lastBody());
        assertEquals(204, api.status("DELETE", "api/core/actors/" + id + "?confirm=true"));
        String after = api.send("GET", "api/testmod/notes?actorId=" + id, null);
        assertTrue(after.contains("\"count\":0"), after);
        assertTrue(after.contains("\"deletedSeen\":true"), after);
    }

    @Inject
    fr.tierslieu.testmod.TestNotes notes;

    @Test
    void aModuleEntityFeedsTheCoreAuditLog() throws Exception {
        long noteId = notes.add(newActor("Noted " + UUID.randomUUID()), "une note");
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT action, changes FROM core_audit_entry WHERE entity_type = 'testmod.TestNote'"
                                + " AND entity_id = '" + noteId + "'")) {
            assertTrue(r.next(), "the module's insert is in the audit log");
            assertEquals("CREATE", r.getString(1));
            assertTrue(r.getString(2).contains("une note"), r.getString(2));
        }
    }

    @Test
    void theDatabaseIsTheConfiguredOneAndOurH2NotPayaras() throws Exception {
        String url = System.getenv("TIERSLIEU_DB_URL");
        try (Connection c = Database.dataSource().getConnection()) {
            if (url.startsWith("jdbc:postgresql:")) {
                assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
                return;
            }
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT H2VERSION()")) {
                r.next();
                assertTrue(r.getString(1).startsWith("2.4."), "H2 2.4.240 or newer, got " + r.getString(1));
            }
        }
    }

    @Test
    void exactlyTheModulesTheWarWasBuiltWithAreDiscovered() throws IOException {
        List<String> discovered = registry.modules().stream()
                .map(TiersLieuModule::id)
                .filter(PRODUCT_MODULES::contains)
                .sorted()
                .toList();
        assertEquals(expected().stream().sorted().toList(), discovered);
    }

    @Test
    void eachModulePlugsInWithItsOwnMigrations() throws Exception {
        List<String> expected = expected();
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            if (expected.contains("governance")) {
                try (ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history_governance\" WHERE \"success\" AND \"version\" IN ('1', '2', '3')")) {
                    r.next();
                    assertEquals(3, r.getInt(1), "V1 colleges, V2 bodies and meetings, V3 charter");
                }
            }
            if (expected.contains("economy")) {
                try (ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history_economy\" WHERE \"success\" AND \"version\" = '1'")) {
                    r.next();
                    assertEquals(1, r.getInt(1), "economy V1");
                }
            }
            if (expected.contains("studytrip")) {
                try (ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history_studytrip\" WHERE \"success\" AND \"version\" IN ('1', '2')")) {
                    r.next();
                    assertEquals(2, r.getInt(1), "studytrip V1 trips, V2 destinations, poll, day, budget, debrief");
                }
            }
        }
    }

    @Test
    @RunAsClient
    void modulesPutTheirDatesOnTheRoadmapAndPublicPagesNeedNoAccount() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                builtWith().containsAll(List.of("economy", "studytrip")), "needs the economy and study trip modules");
        ApiClient api = new ApiClient(base, "manager", "demo");
        String projects = api.send("GET", "api/core/projects", null);
        long atelier;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(projects))) {
            atelier = reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(p -> p.getString("name").startsWith("Atelier Z – tiers-lieu"))
                    .mapToLong(p -> p.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElseThrow();
        }
        String schedule = api.send("GET", "api/core/projects/" + atelier + "/schedule", null);
        assertTrue(schedule.contains("\"source\":\"economy\""), "subsidy deadlines: " + schedule);
        assertTrue(schedule.contains("\"source\":\"studytrip\""), "the study trip: " + schedule);
        // a page under /public/ opens without signing in (the token decides); other pages still ask to sign in
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> poll = client.send(
                java.net.http.HttpRequest.newBuilder(base.toURI()
                                .resolve("public/studytrip/poll.xhtml?t=unknown-token-aaaaaaaaaaaaaaaaaaaa"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, poll.statusCode());
        assertTrue(poll.body().contains("id=\"unknownLink\""), poll.body());
        java.net.http.HttpResponse<String> trips = client.send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("studytrip/trips.xhtml"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(
                trips.statusCode() == 302 || trips.body().contains("loginForm"),
                "sign-in asked: " + trips.statusCode());
    }

    // ---- Projects: contributions of modules to the roadmap and the findings ----------------

    @Test
    @RunAsClient
    void aModuleMilestoneIsScheduledOnEveryRoadmap() throws Exception {
        ApiClient api = new ApiClient(base, "manager", "demo");
        String created = api.send("POST", "api/core/projects", "{\"name\":\"Contribution " + UUID.randomUUID() + "\"}");
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String schedule = api.send("GET", "api/core/projects/" + id + "/schedule?today=2027-01-04", null);
        assertTrue(schedule.contains("\"name\":\"Décision du module de test\""), schedule);
        assertTrue(schedule.contains("\"source\":\"testmod\""), schedule);
        assertTrue(schedule.contains("\"earliestStart\":\"2027-03-15\""), schedule);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    @RunAsClient
    void aModulePublishesFindingsAndTasksOnceAndAllOrNothing() throws Exception {
        ApiClient api = new ApiClient(base, "organizer", "demo");
        String created = api.send("POST", "api/core/projects", "{\"name\":\"Publication " + UUID.randomUUID() + "\"}");
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        api.send("POST", "api/testmod/notes/publish?projectId=" + id + "&ref=r1", "");
        api.send("POST", "api/testmod/notes/publish?projectId=" + id + "&ref=r1", "");
        String findings = api.send("GET", "api/core/projects/" + id + "/findings", null);
        String schedule = api.send("GET", "api/core/projects/" + id + "/schedule", null);
        assertEquals(1, occurrences(findings, "\"source\":\"testmod\""), "published twice, stored once: " + findings);
        assertEquals(1, occurrences(schedule, "Tâche suggérée r1"), "suggested twice, added once: " + schedule);
        assertEquals(500, api.status("POST", "api/testmod/notes/publish?projectId=" + id + "&ref=r2&fail=true", ""));
        assertEquals(
                0,
                occurrences(api.send("GET", "api/core/projects/" + id + "/findings", null), "r2"),
                "the finding of a failed publication is rolled back with it");
    }

    // ---- Persistence under JTA ----------------------------------------------------------------

    private static UserTransaction tx() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }

    private long newActor(String name) throws Exception {
        UserTransaction tx = tx();
        tx.begin();
        Actor actor =
                new Actor(ActorType.ORGANISATION, name, ActorKind.COMPANY, Position.initial(), LocalDate.now(), "it");
        repository.add(actor);
        repository.flush();
        tx.commit();
        return actor.getId();
    }

    @Test
    void inTheContainerAServiceWorksInTheThreadsWorkspaceOnly() throws Exception {
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO core_workspace (id, version, slug, name, created_at)"
                    + " SELECT 2, 0, 'kerlouan', 'Kerlouan', CURRENT_TIMESTAMP FROM core_health_probe"
                    + " WHERE NOT EXISTS (SELECT 1 FROM core_workspace WHERE id = 2)");
        }
        String name = "Deux espaces " + UUID.randomUUID();
        long first = newActor(name); // no workspace chosen: the installation's first
        long[] second = new long[1];
        WorkspaceContext.run(2, () -> {
            try {
                UserTransaction tx = tx();
                tx.begin();
                assertTrue(repository.find(first).isEmpty(), "the first workspace's actor from the second");
                assertEquals(
                        0,
                        repository.list(ActorFilter.none()).stream()
                                .filter(a -> a.getName().equals(name))
                                .count());
                Actor actor = new Actor(
                        ActorType.ORGANISATION, name, ActorKind.COMPANY, Position.initial(), LocalDate.now(), "it");
                repository.add(actor);
                repository.flush();
                tx.commit();
                second[0] = actor.getId();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(repository.find(second[0]).isEmpty(), "the second workspace's actor from the first");
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT workspace_id FROM core_actor WHERE name = '" + name + "' ORDER BY workspace_id")) {
            assertTrue(r.next());
            assertEquals(1, r.getLong(1));
            assertTrue(r.next());
            assertEquals(2, r.getLong(1));
            assertFalse(r.next());
        }
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT workspace_id FROM core_audit_entry WHERE entity_type = 'core.Actor'"
                                + " AND entity_id = '" + second[0] + "'")) {
            assertTrue(r.next(), "the second workspace's audit entry");
            assertEquals(2, r.getLong(1));
        }
    }

    @Test
    void changesAreAuditedInTheSameTransaction() throws Exception {
        String name = "Audit " + UUID.randomUUID();
        long id = newActor(name);
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT action, entity_type, label FROM core_audit_entry WHERE entity_id = '"
                                + id + "' AND entity_type = 'core.Actor'")) {
            assertTrue(r.next(), "an audit entry for the new actor");
            assertEquals("CREATE", r.getString(1));
            assertEquals(name, r.getString(3));
        }

        UserTransaction tx = tx();
        tx.begin();
        repository
                .find(id)
                .orElseThrow()
                .describe(
                        ActorType.ORGANISATION,
                        name,
                        ActorKind.COMPANY,
                        "Névez",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of());
        repository.flush();
        tx.rollback();
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM core_audit_entry WHERE entity_id = '" + id + "' AND action = 'UPDATE'")) {
            r.next();
            assertEquals(0, r.getInt(1), "a rolled-back change leaves no audit entry");
        }
    }

    @Test
    void aStaleCopyCannotOverwriteANewerSave() throws Exception {
        long id = newActor("Concurrent " + UUID.randomUUID());
        UserTransaction tx = tx();
        tx.begin();
        Actor stale = repository.find(id).orElseThrow();
        tx.commit(); // the copy is detached, with the version read

        tx.begin();
        repository
                .find(id)
                .orElseThrow()
                .describe(
                        ActorType.ORGANISATION,
                        stale.getName(),
                        ActorKind.COMPANY,
                        "Pont-Aven",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of());
        tx.commit();

        stale.describe(
                ActorType.ORGANISATION,
                stale.getName(),
                ActorKind.COMPANY,
                "Quimper",
                null,
                null,
                null,
                null,
                null,
                List.of());
        EntityManager em = emf.createEntityManager();
        tx.begin();
        em.joinTransaction();
        Exception failure = assertThrows(Exception.class, () -> {
            em.merge(stale);
            em.flush();
        });
        tx.rollback();
        em.close();
        assertTrue(hasCause(failure, OptimisticLockException.class), failure.toString());
        assertEquals("Pont-Aven", repository.find(id).orElseThrow().getCommune());
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- Security -------------------------------------------------------------------------------

    @Test
    void servicesRefuseCallersWithoutAUser() {
        ActorDraft draft = new ActorDraft();
        draft.setName("Anonymous");
        draft.setKind(ActorKind.OTHER);
        assertThrows(AccessDeniedException.class, () -> actorService.create(draft, java.util.Locale.FRENCH));
        assertThrows(AccessDeniedException.class, () -> actorService.list(ActorFilter.none()));
    }

    @Test
    void passwordsAreStoredAsStrongHashes() throws Exception {
        try (Connection c = Database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT password_hash FROM core_app_user")) {
            int users = 0;
            while (r.next()) {
                users++;
                String hash = r.getString(1);
                assertFalse(hash.contains("demo"));
                assertTrue(PasswordHasher.iterationsOf(hash) >= 210_000, hash);
            }
            assertEquals(5, users);
        }
        assertNotNull(AuditFilter.none());
    }
}
