package fr.tierslieu.core.application.demo;

import static fr.tierslieu.core.domain.actor.ActorKind.*;
import static fr.tierslieu.core.domain.actor.EngagementLevel.*;
import static fr.tierslieu.core.domain.actor.MaturityLevel.*;
import static fr.tierslieu.core.domain.actor.MobilisationStatus.*;
import static fr.tierslieu.core.domain.actor.RelationshipType.*;
import static fr.tierslieu.core.domain.actor.Stance.*;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.security.AppUser;
import fr.tierslieu.core.domain.security.PasswordHasher;
import fr.tierslieu.core.domain.security.Role;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The core's part of the demo data set: Atelier Z in Névez and the actors around it, from the seed
 * note (the commune, the agglomeration, Territoires Conseils, INRAE, Leroy Merlin, Decathlon,
 * Bretagne Transition, KonK Ar Lab) plus plausible local actors. Persons are described by their
 * role, never by a real name. Assessments are dated at the project's meetings so the engagement
 * history has something to show. Plain Java over an entity manager, so it is tested without a
 * container.
 */
public final class CoreDemoData {

    /** Date of the first "réunion préparatoire" (Temps 1) in the demo story. */
    public static final LocalDate TEMPS_1 = LocalDate.of(2026, 3, 10);
    /** Date of the "réunion élargie" (Temps 2). */
    public static final LocalDate TEMPS_2 = LocalDate.of(2026, 6, 12);
    /** Date of the modelling workshop (Temps 3). */
    public static final LocalDate TEMPS_3 = LocalDate.of(2026, 9, 15);

    public static final String DEMO_PASSWORD = "demo";
    private static final String BY = "demo";

    private final EntityManager em;
    private final Map<String, Actor> actors = new HashMap<>();

    public CoreDemoData(EntityManager em) {
        this.em = em;
    }

    public void load() {
        users();
        organisations();
        persons();
        relationships();
        history();
        em.flush();
        new ProjectDemoData(em, actors).load();
        em.flush();
        new fr.tierslieu.core.application.experience.ExperienceDemoData(em).load();
    }

    private void users() {
        String hash = new PasswordHasher().hash(DEMO_PASSWORD.toCharArray());
        user("admin", "Administration (démo)", hash, Role.ADMIN);
        user("manager", "Gestionnaire du tiers-lieu (démo)", hash, Role.MANAGER);
        user("board", "Membre du conseil d'administration (démo)", hash, Role.BOARD);
        user("organizer", "Organisation du voyage d’étude (démo)", hash, Role.ORGANIZER);
        user("viewer", "Partenaire, lecture seule (démo)", hash, Role.VIEWER);
    }

    private void user(String username, String name, String hash, Role role) {
        // accounts belong to the installation: a second workspace's demonstration reuses them
        if (!em.createQuery("select u.id from AppUser u where u.username = :n", Long.class)
                .setParameter("n", username)
                .getResultList()
                .isEmpty()) {
            return;
        }
        AppUser user = new AppUser(username, name, hash, Set.of(role));
        // an address in a domain reserved for examples (RFC 2606): the demo's e-mails stay in the outbox
        user.update(name, username + "@demo.tiers-lieu.example", Set.of(role), true);
        user.markAsDemoAccount();
        em.persist(user);
    }

    private void organisations() {
        org(
                "Atelier Z",
                ASSOCIATION,
                "Névez",
                p(MOBILISED, ALLY, 4, 5, SIGNATORY, OWNER),
                "Tiers-lieu collaboratif installé dans un ancien corps de ferme\u202F: fablab, événements, séminaires.",
                "https://atelier-z.example",
                "tiers-lieu",
                "fablab",
                "noyau dur");
        org(
                "Commune de Névez",
                LOCAL_AUTHORITY,
                "Névez",
                p(MOBILISED, ALLY, 4, 4, CO_BUILDER, CONVINCED),
                "Soutient la démarche avec l'agglomération\u202F; questions sur le foncier et les bâtiments.",
                null,
                "élus",
                "foncier");
        org(
                "Concarneau Cornouaille Agglomération",
                EPCI,
                "Concarneau",
                p(MOBILISED, ALLY, 5, 4, CO_BUILDER, CONVINCED),
                "A sollicité l'appui de Territoires Conseils pour structurer le tiers-lieu.",
                null,
                "développement économique",
                "financeur");
        org(
                "Territoires Conseils (Banque des Territoires)",
                STATE_AGENCY,
                "Paris",
                p(MOBILISED, ALLY, 3, 3, CO_BUILDER, CONVINCED),
                "Accompagnement en trois temps\u202F: qualification, co-construction, modélisation.",
                null,
                "accompagnement",
                "ingénierie");
        org(
                "INRAE",
                RESEARCH_EDUCATION,
                "Rennes",
                p(MOBILISED, ALLY, 3, 3, CO_BUILDER, INTERESTED),
                "Partenaire des soirées de rencontre et de débat (plusieurs centaines de participants).",
                null,
                "événements",
                "recherche");
        org(
                "Leroy Merlin",
                COMPANY,
                "Quimper",
                p(MOBILISABLE, NEUTRAL, 3, 2, CONSULTED, INTERESTED),
                "A organisé un séminaire d'entreprise au tiers-lieu.",
                null,
                "séminaires",
                "grand compte");
        org(
                "Decathlon",
                COMPANY,
                "Quimper",
                p(MOBILISABLE, NEUTRAL, 3, 2, INFORMED, AWARE),
                "Séminaire d'entreprise accueilli\u202F; relation à entretenir.",
                null,
                "séminaires",
                "grand compte");
        org(
                "Bretagne Transition",
                ASSOCIATION,
                "Brest",
                p(MOBILISED, ALLY, 3, 5, CO_BUILDER, OWNER),
                "Association à laquelle Atelier Z est adossé\u202F; porte la dynamique économie circulaire.",
                null,
                "économie circulaire",
                "transition");
        org(
                "KonK Ar Lab",
                ASSOCIATION,
                "Concarneau",
                p(MOBILISED, ALLY, 2, 4, CO_BUILDER, CONVINCED),
                "Fablab partenaire, projets d'économie circulaire.",
                null,
                "fablab",
                "économie circulaire");
        org(
                "Région Bretagne",
                LOCAL_AUTHORITY,
                "Rennes",
                p(MOBILISABLE, NEUTRAL, 5, 2, INFORMED, AWARE),
                "Financeur potentiel (appels à projets tiers-lieux).",
                null,
                "financeur");
        org(
                "Département du Finistère",
                LOCAL_AUTHORITY,
                "Quimper",
                p(TO_CONVINCE, NEUTRAL, 4, 2, INFORMED, AWARE),
                "Intérêt en baisse depuis la réunion élargie\u202F; à relancer.",
                null,
                "financeur");
        org(
                "Agence nationale de la cohésion des territoires (ANCT)",
                STATE_AGENCY,
                "Paris",
                p(MOBILISABLE, NEUTRAL, 5, 2, INFORMED, INTERESTED),
                "Programme de l'État «\u202FFabrique de territoire\u202F» : dossier à déposer (voir la feuille de route).",
                null,
                "financeur");
        org(
                "ADEME Bretagne",
                STATE_AGENCY,
                "Rennes",
                p(MOBILISABLE, NEUTRAL, 4, 3, INFORMED, INTERESTED),
                "Appels à projets économie circulaire.",
                null,
                "économie circulaire",
                "financeur");
        org(
                "Charpentiers de marine de l'Aven",
                CRAFTSPERSON,
                "Pont-Aven",
                p(MOBILISED, ALLY, 2, 5, CO_BUILDER, CONVINCED),
                "Artisans engagés dans le bateau en matériaux bio-sourcés construit au fablab.",
                null,
                "fablab",
                "bateau bio-sourcé");
        org(
                "Lin et chanvre de Cornouaille",
                COMPANY,
                "Pont-Aven",
                p(MOBILISABLE, ALLY, 2, 4, CONSULTED, INTERESTED),
                "Fournisseur de fibres pour le bateau bio-sourcé (illustratif).",
                null,
                "bateau bio-sourcé",
                "matériaux");
        org(
                "Club des entrepreneurs du Pays de l'Aven",
                ASSOCIATION,
                "Pont-Aven",
                p(MOBILISABLE, NEUTRAL, 3, 3, INFORMED, AWARE),
                "Réseau d'entreprises locales (illustratif).",
                null,
                "entreprises");
        org(
                "Lycée professionnel maritime de Concarneau",
                RESEARCH_EDUCATION,
                "Concarneau",
                p(MOBILISABLE, ALLY, 2, 3, CONSULTED, INTERESTED),
                "Stages et projets d'élèves au fablab (illustratif).",
                null,
                "formation",
                "jeunes");
        org(
                "France Travail – agence de Concarneau",
                STATE_AGENCY,
                "Concarneau",
                p(MOBILISABLE, NEUTRAL, 2, 3, INFORMED, AWARE),
                "Accueil de demandeurs d'emploi au tiers-lieu.",
                null,
                "emploi");
        org(
                "Collectif des riverains de Kerascoët",
                RESIDENT,
                "Névez",
                p(OPPOSED, OPPONENT, 2, 4, INFORMED, AWARE),
                "Inquiétudes sur le bruit et la circulation les soirs d'événements (illustratif).",
                null,
                "voisinage");
    }

    private void persons() {
        person(
                "Fondateur·rice d'Atelier Z",
                FREELANCER,
                "Névez",
                p(MOBILISED, ALLY, 4, 5, SIGNATORY, OWNER),
                "Atelier Z",
                "Fondateur·rice, président·e");
        person(
                "Maire de Névez",
                LOCAL_AUTHORITY,
                "Névez",
                p(MOBILISED, ALLY, 4, 4, CO_BUILDER, CONVINCED),
                "Commune de Névez",
                "Maire");
        person(
                "Chargé·e de mission tiers-lieux (agglomération)",
                EPCI,
                "Concarneau",
                p(MOBILISED, ALLY, 3, 5, CO_BUILDER, OWNER),
                "Concarneau Cornouaille Agglomération",
                "Chargé·e de mission développement économique");
        person(
                "Consultant·e Territoires Conseils",
                STATE_AGENCY,
                "Paris",
                p(MOBILISED, ALLY, 3, 4, CO_BUILDER, CONVINCED),
                "Territoires Conseils (Banque des Territoires)",
                "Consultant·e");
        person(
                "Chercheur·se en sciences sociales (INRAE)",
                RESEARCH_EDUCATION,
                "Rennes",
                p(MOBILISED, ALLY, 2, 4, CO_BUILDER, INTERESTED),
                "INRAE",
                "Chercheur·se");
        person(
                "Artisan·e menuisier·ère, référent·e fablab",
                CRAFTSPERSON,
                "Névez",
                p(MOBILISED, ALLY, 2, 5, CO_BUILDER, OWNER),
                "Atelier Z",
                "Référent·e fablab");
        person(
                "Bénévole en recherche d'emploi",
                JOB_SEEKER,
                "Trégunc",
                p(MOBILISED, ALLY, 1, 4, CONSULTED, CONVINCED),
                "Atelier Z",
                "Bénévole");
    }

    private void relationships() {
        rel("Concarneau Cornouaille Agglomération", "Atelier Z", FUNDS, 2, "Soutien à la structuration");
        rel("Commune de Névez", "Atelier Z", PARTNER, 3, null);
        rel("Concarneau Cornouaille Agglomération", "Commune de Névez", PARTNER, 3, null);
        rel(
                "Territoires Conseils (Banque des Territoires)",
                "Concarneau Cornouaille Agglomération",
                PARTNER,
                2,
                "Mission d'accompagnement");
        rel("INRAE", "Atelier Z", PARTNER, 2, "Soirées rencontre-débat");
        rel("Leroy Merlin", "Atelier Z", PARTNER, 1, "Séminaire d'entreprise");
        rel("Decathlon", "Atelier Z", PARTNER, 1, "Séminaire d'entreprise");
        rel("Atelier Z", "Bretagne Transition", MEMBER_OF, 2, "Adossé à l'association");
        rel("KonK Ar Lab", "Atelier Z", PARTNER, 2, "Économie circulaire");
        rel("Bretagne Transition", "KonK Ar Lab", PARTNER, 2, null);
        rel("Région Bretagne", "Bretagne Transition", FUNDS, 1, null);
        rel("ADEME Bretagne", "Bretagne Transition", FUNDS, 2, null);
        rel("Département du Finistère", "Concarneau Cornouaille Agglomération", PARTNER, 1, null);
        rel("Charpentiers de marine de l'Aven", "Atelier Z", PARTNER, 3, "Bateau bio-sourcé");
        rel("Lin et chanvre de Cornouaille", "Atelier Z", SUPPLIES, 2, "Fibres de lin");
        rel("Club des entrepreneurs du Pays de l'Aven", "Atelier Z", PARTNER, 1, null);
        rel("Lycée professionnel maritime de Concarneau", "Atelier Z", PARTNER, 1, "Stages");
        rel("France Travail – agence de Concarneau", "Atelier Z", PARTNER, 1, null);
        rel("Collectif des riverains de Kerascoët", "Atelier Z", CONFLICT, 2, "Nuisances les soirs d'événements");
        rel("Collectif des riverains de Kerascoët", "Commune de Névez", CONFLICT, 1, null);
    }

    /** Earlier positions, so the engagement history moves between the three meetings. */
    private void history() {
        // The actors were first rated at Temps 1; these ones changed afterwards.
        move("INRAE", TEMPS_2, p(MOBILISABLE, ALLY, 3, 3, CONSULTED, INTERESTED), "Rencontre à la réunion élargie");
        move("INRAE", TEMPS_3, p(MOBILISED, ALLY, 3, 3, CO_BUILDER, INTERESTED), "Co-organise le cycle de débats");
        move(
                "Leroy Merlin",
                TEMPS_2,
                p(MOBILISABLE, NEUTRAL, 3, 2, CONSULTED, INTERESTED),
                "Retour positif après le séminaire");
        move(
                "Commune de Névez",
                TEMPS_2,
                p(MOBILISED, ALLY, 4, 4, CO_BUILDER, CONVINCED),
                "S'engage sur la question du foncier");
        move(
                "Collectif des riverains de Kerascoët",
                TEMPS_2,
                p(OPPOSED, OPPONENT, 2, 4, INFORMED, AWARE),
                "Pétition contre les soirées");
        move(
                "Département du Finistère",
                TEMPS_3,
                p(TO_CONVINCE, NEUTRAL, 4, 2, INFORMED, AWARE),
                "Absent des deux derniers ateliers");
        move(
                "Bretagne Transition",
                TEMPS_3,
                p(MOBILISED, ALLY, 3, 5, CO_BUILDER, OWNER),
                "Porte le volet économie circulaire");
    }

    /** The position an actor had at Temps 1, before {@link #history()} moved it. */
    private static final Map<String, Position> FIRST = Map.of(
            "INRAE", p(MOBILISABLE, NEUTRAL, 3, 3, INFORMED, AWARE),
            "Leroy Merlin", p(UNKNOWN, NEUTRAL, 3, 2, IDENTIFIED, UNAWARE),
            "Commune de Névez", p(MOBILISABLE, ALLY, 4, 4, CONSULTED, INTERESTED),
            "Collectif des riverains de Kerascoët", p(UNKNOWN, NEUTRAL, 2, 3, IDENTIFIED, UNAWARE),
            "Département du Finistère", p(MOBILISABLE, NEUTRAL, 4, 3, CONSULTED, INTERESTED),
            "Bretagne Transition", p(MOBILISED, ALLY, 3, 4, CO_BUILDER, CONVINCED));

    private void org(
            String name, ActorKind kind, String commune, Position now, String notes, String website, String... tags) {
        create(ActorType.ORGANISATION, name, kind, commune, now, notes, website, tags);
    }

    private void person(
            String role, ActorKind kind, String commune, Position now, String organisation, String roleInOrganisation) {
        Actor person = create(ActorType.PERSON, role, kind, commune, now, null, null);
        em.persist(new Membership(person, actors.get(organisation), roleInOrganisation));
    }

    private Actor create(
            ActorType type,
            String name,
            ActorKind kind,
            String commune,
            Position now,
            String notes,
            String website,
            String... tags) {
        Position first = FIRST.getOrDefault(name, now);
        Actor actor = new Actor(type, name, kind, first, TEMPS_1, BY);
        actor.describe(type, name, kind, commune, null, null, null, website, notes, List.of(tags));
        em.persist(actor);
        actors.put(name, actor);
        return actor;
    }

    private void move(String name, LocalDate on, Position position, String comment) {
        actors.get(name).reposition(position, on, comment, BY);
    }

    private void rel(String source, String target, RelationshipType type, int strength, String note) {
        em.persist(new Relationship(actors.get(source), actors.get(target), type, strength, note));
    }

    private static Position p(
            MobilisationStatus status,
            Stance stance,
            int influence,
            int interest,
            EngagementLevel engagement,
            MaturityLevel maturity) {
        return new Position(status, stance, influence, interest, engagement, maturity);
    }

    /** Number of actors the demo data creates (checked by tests). */
    public static final int ACTOR_COUNT = 26;
}
