package fr.tierslieu.core.application.demo;

import static fr.tierslieu.core.application.demo.CoreDemoData.TEMPS_1;
import static fr.tierslieu.core.application.demo.CoreDemoData.TEMPS_2;
import static fr.tierslieu.core.application.demo.CoreDemoData.TEMPS_3;

import fr.tierslieu.core.application.journey.JourneyTemplate;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.ActivityStatus;
import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyActivity;
import fr.tierslieu.core.domain.project.JourneyOutcome;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.domain.project.Meeting;
import fr.tierslieu.core.domain.project.MeetingAttendee;
import fr.tierslieu.core.domain.project.MeetingKind;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.project.ProjectLink;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectResource;
import fr.tierslieu.core.domain.project.ProjectStatus;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.project.ResourceKind;
import fr.tierslieu.core.domain.roadmap.RoadmapLink;
import fr.tierslieu.core.domain.roadmap.RoadmapTask;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorObjective;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The demo projects from the seed note: the tiers-lieu itself and its experiments (the bio-sourced
 * boat in the fablab, the debate evenings with INRAE, company seminars, the circular-economy project
 * with Bretagne Transition and KonK Ar Lab), with partners, resources, findings, a roadmap towards an
 * extraordinary general assembly, and two dated MACTOR analyses. Figures are illustrative.
 */
final class ProjectDemoData {

    static final String MAIN = "Atelier Z – tiers-lieu de Névez";

    private final EntityManager em;
    private final Map<String, Actor> actors;

    ProjectDemoData(EntityManager em, Map<String, Actor> actors) {
        this.em = em;
        this.actors = actors;
    }

    void load() {
        Project main = project(
                MAIN,
                ProjectStatus.ONGOING,
                "Atelier Z",
                LocalDate.of(2026, 1, 15),
                null,
                "Lieu de travail collaboratif dans un ancien corps de ferme à Névez\u202F: innovation, entrepreneuriat, "
                        + "lien social, au service de la transition écologique et du développement local.",
                "Renforcer l’ancrage du projet entrepreneurial en réponse aux enjeux locaux.\n"
                        + "Consolider le modèle économique pour assurer la pérennité du lieu.\n"
                        + "Structurer la gouvernance en fédérant les acteurs ressources.",
                Set.of("tiers-lieu", "fablab", "coworking", "accompagnement"),
                List.of(new ProjectLink(
                        "Note méthodologique de l’accompagnement", "https://www.banquedesterritoires.fr/")));
        partner(main, "Atelier Z", "Pilotage du projet", Raci.ACCOUNTABLE);
        partner(
                main,
                "Territoires Conseils (Banque des Territoires)",
                "Accompagnement méthodologique (Temps 1 à 3)",
                Raci.RESPONSIBLE);
        partner(
                main,
                "Concarneau Cornouaille Agglomération",
                "Accompagnement méthodologique (Temps 1 à 3)",
                Raci.ACCOUNTABLE);
        partner(main, "Commune de Névez", "Foncier et bâtiments de la ferme", Raci.CONSULTED);
        partner(main, "Atelier Z", "Foncier et bâtiments de la ferme", Raci.RESPONSIBLE);
        partner(main, "Bretagne Transition", "Gouvernance et charte commune", Raci.CONSULTED);
        partner(main, "Département du Finistère", "Gouvernance et charte commune", Raci.INFORMED);
        resource(
                main,
                "Concarneau Cornouaille Agglomération",
                ResourceKind.CASH,
                "8000",
                "Part de l’accompagnement (illustratif)");
        resource(
                main,
                "Commune de Névez",
                ResourceKind.PREMISES,
                "6000",
                "Mise à disposition de salles (valorisation annuelle, illustratif)");
        resource(main, "Atelier Z", ResourceKind.VOLUNTEER_HOURS, "800", "Chantiers participatifs et animation");
        resource(main, "Leroy Merlin", ResourceKind.IN_KIND, "2500", "Matériaux pour l’aménagement du fablab");
        finding(
                main,
                FindingKind.OPEN_QUESTION,
                "Calibrer les besoins en foncier et en immobilier (bâtiments de la ferme, mise aux normes ERP).",
                JourneyStep.QUALIFICATION,
                "Commune de Névez");
        finding(
                main,
                FindingKind.OPEN_QUESTION,
                "Quelle forme juridique\u202F: rester en association ou évoluer vers une SCIC\u202F?",
                JourneyStep.MODELLING,
                "Bretagne Transition");
        finding(
                main,
                FindingKind.SUCCESS_FACTOR,
                "Un noyau dur de 10 à 15 personnes qui se réunit régulièrement.",
                JourneyStep.QUALIFICATION,
                null);
        finding(
                main,
                FindingKind.SUCCESS_FACTOR,
                "Des recettes propres diversifiées\u202F: fablab, événements, séminaires d’entreprise.",
                JourneyStep.CO_CONSTRUCTION,
                null);
        finding(
                main,
                FindingKind.VIGILANCE,
                "Nuisances sonores des soirées\u202F: garder le dialogue avec les riverains.",
                JourneyStep.CO_CONSTRUCTION,
                "Collectif des riverains de Kerascoët");
        roadmap(main);
        analyses(main);
        journey(main);
        meetings(main);

        Project boat = project(
                "Bateau en matériaux bio-sourcés",
                ProjectStatus.ONGOING,
                "Atelier Z",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 6, 30),
                "Tester au fablab la construction d’un bateau en matériaux bio-sourcés avec des entrepreneurs locaux.",
                "Prototype navigable\u202F; filière lin et chanvre locale\u202F; formation des jeunes du lycée maritime.",
                Set.of("fablab", "bio-sourcé"),
                List.of());
        partner(boat, "Charpentiers de marine de l'Aven", "Conception et construction", Raci.RESPONSIBLE);
        partner(boat, "Lin et chanvre de Cornouaille", "Fourniture des fibres", Raci.RESPONSIBLE);
        partner(boat, "Lycée professionnel maritime de Concarneau", "Chantier-école", Raci.CONSULTED);
        partner(boat, "Atelier Z", "Conception et construction", Raci.ACCOUNTABLE);
        resource(
                boat, "Lin et chanvre de Cornouaille", ResourceKind.IN_KIND, "4000", "Fibres et résines (illustratif)");

        Project debates = project(
                "Soirées rencontres-débats avec l’INRAE",
                ProjectStatus.ONGOING,
                "Atelier Z",
                LocalDate.of(2025, 10, 1),
                null,
                "Événements et soirées de débats réunissant plusieurs centaines d’habitants.",
                "Un cycle de quatre soirées par an\u202F; sujets agriculture, alimentation, climat.",
                Set.of("événements"),
                List.of());
        partner(debates, "INRAE", "Programmation scientifique", Raci.RESPONSIBLE);
        partner(debates, "Atelier Z", "Accueil et logistique", Raci.ACCOUNTABLE);

        Project seminars = project(
                "Séminaires d’entreprise",
                ProjectStatus.EMERGING,
                "Atelier Z",
                null,
                null,
                "Accueillir des séminaires de grands comptes dans la ferme.",
                "Une offre packagée salle + fablab + restauration locale.",
                Set.of("séminaires"),
                List.of());
        partner(seminars, "Leroy Merlin", "Premiers séminaires", Raci.CONSULTED);
        partner(seminars, "Decathlon", "Premiers séminaires", Raci.CONSULTED);

        Project circular = project(
                "Économie circulaire",
                ProjectStatus.IDEA,
                "Bretagne Transition",
                null,
                null,
                "Une dynamique d’économie circulaire adossée à Bretagne Transition avec le KonK Ar Lab.",
                "Recyclerie de matériaux, ateliers de réparation.",
                Set.of("économie circulaire"),
                List.of());
        partner(circular, "Bretagne Transition", "Portage", Raci.ACCOUNTABLE);
        partner(circular, "KonK Ar Lab", "Ateliers de réparation", Raci.RESPONSIBLE);
    }

    private Project project(
            String name,
            ProjectStatus status,
            String lead,
            LocalDate start,
            LocalDate end,
            String purpose,
            String objectives,
            Set<String> tags,
            List<ProjectLink> links) {
        Project p = new Project(name);
        p.describe(name, purpose, objectives, status, start, end, actors.get(lead), tags, links);
        em.persist(p);
        return p;
    }

    private void partner(Project p, String actor, String responsibility, Raci raci) {
        em.persist(new ProjectPartner(p, actor(actor), responsibility, raci));
    }

    private void resource(Project p, String actor, ResourceKind kind, String amount, String description) {
        em.persist(new ProjectResource(p, actor(actor), kind, new BigDecimal(amount), description));
    }

    private void finding(Project p, FindingKind kind, String text, JourneyStep step, String actor) {
        em.persist(new Finding(p, kind, text, step, actor == null ? null : actor(actor), "core", null));
    }

    private Actor actor(String name) {
        Actor a = actors.get(name);
        if (a == null) {
            throw new IllegalStateException("demo actor missing: " + name);
        }
        return a;
    }

    private RoadmapTask task(
            Project p, String name, boolean milestone, int days, LocalDate fixed, String owner, boolean done) {
        RoadmapTask t = new RoadmapTask(p, name, milestone, days);
        t.describe(name, milestone, days, fixed, null, owner == null ? null : actor(owner), done, null);
        em.persist(t);
        return t;
    }

    private void roadmap(Project p) {
        RoadmapTask t1 = task(
                p,
                "Réunion préparatoire (Temps 1)",
                true,
                0,
                TEMPS_1,
                "Territoires Conseils (Banque des Territoires)",
                true);
        RoadmapTask t2 = task(
                p,
                "Réunion élargie (Temps 2)",
                true,
                0,
                TEMPS_2,
                "Territoires Conseils (Banque des Territoires)",
                true);
        RoadmapTask t3 = task(
                p,
                "Atelier de modélisation (Temps 3)",
                true,
                0,
                TEMPS_3,
                "Territoires Conseils (Banque des Territoires)",
                true);
        RoadmapTask form =
                task(p, "Choisir la forme juridique (association ou SCIC)", false, 10, null, "Atelier Z", false);
        RoadmapTask charter = task(p, "Rédiger la charte commune", false, 15, null, "Bretagne Transition", false);
        RoadmapTask consult = task(p, "Consulter les partenaires sur la charte", false, 10, null, "Atelier Z", false);
        RoadmapTask funding = task(
                p,
                "Dossier «\u202FFabrique de territoire\u202F»",
                false,
                12,
                LocalDate.of(2027, 3, 31),
                "Atelier Z",
                false);
        RoadmapTask ag =
                task(p, "Assemblée générale extraordinaire", true, 0, LocalDate.of(2027, 6, 19), "Atelier Z", false);
        RoadmapTask opening =
                task(p, "Ouverture de la saison 2027", true, 0, LocalDate.of(2027, 9, 4), "Atelier Z", false);
        link(t1, t2, 0);
        link(t2, t3, 0);
        link(t3, form, 0);
        link(t3, charter, 0);
        link(charter, consult, 0);
        link(consult, ag, 15);
        link(form, ag, 15);
        link(form, funding, 0);
        link(ag, opening, 0);
    }

    /** The method's journey, French texts, with the first two steps done and the third under way. */
    private void journey(Project p) {
        ResourceBundle fr = ResourceBundle.getBundle("fr.tierslieu.core.i18n.messages", Locale.ROOT);
        for (JourneyStep step : JourneyStep.values()) {
            for (int n = 1; n <= JourneyTemplate.activities(step); n++) {
                JourneyActivity a = new JourneyActivity(p, step, n, fr.getString(JourneyTemplate.activityKey(step, n)));
                if (step == JourneyStep.QUALIFICATION
                        || step == JourneyStep.CO_CONSTRUCTION
                        || step == JourneyStep.MODELLING && n <= 2) {
                    a.describe(
                            a.getTitle(),
                            ActivityStatus.DONE,
                            actor("Territoires Conseils (Banque des Territoires)"),
                            step == JourneyStep.QUALIFICATION
                                    ? TEMPS_1
                                    : step == JourneyStep.CO_CONSTRUCTION ? TEMPS_2 : TEMPS_3,
                            null,
                            true,
                            null,
                            Set.of(actor("Atelier Z"), actor("Commune de Névez")));
                }
                em.persist(a);
            }
            for (int n = 1; n <= JourneyTemplate.outcomes(step); n++) {
                JourneyOutcome o = new JourneyOutcome(p, step, n, fr.getString(JourneyTemplate.outcomeKey(step, n)));
                o.setReached(step == JourneyStep.QUALIFICATION || step == JourneyStep.CO_CONSTRUCTION && n <= 2);
                em.persist(o);
            }
        }
    }

    /** The three meetings of the accompaniment with who came (attendance feeds engagement). */
    private void meetings(Project p) {
        meeting(
                p,
                "Réunion préparatoire",
                MeetingKind.PREPARATORY,
                JourneyStep.QUALIFICATION,
                TEMPS_1.atTime(18, 0),
                "Atelier Z, Névez",
                "Partage des ambitions\u202F; cartographie des acteurs\u202F; préparation de la réunion élargie.",
                "Le noyau dur se réunira chaque mois.",
                List.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "Territoires Conseils (Banque des Territoires)",
                        "Bretagne Transition",
                        "Département du Finistère"),
                Set.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "Territoires Conseils (Banque des Territoires)",
                        "Bretagne Transition"));
        meeting(
                p,
                "Réunion élargie aux parties prenantes",
                MeetingKind.EXTENDED,
                JourneyStep.CO_CONSTRUCTION,
                TEMPS_2.atTime(17, 30),
                "Salle polyvalente, Névez",
                "Objectifs approfondis\u202F; ressources et rôles\u202F; facteurs clés de succès.",
                "Un groupe de travail sur le foncier est créé avec la commune.",
                List.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "INRAE",
                        "Leroy Merlin",
                        "Bretagne Transition",
                        "KonK Ar Lab",
                        "Département du Finistère",
                        "Collectif des riverains de Kerascoët"),
                Set.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "INRAE",
                        "Leroy Merlin",
                        "Bretagne Transition",
                        "KonK Ar Lab",
                        "Collectif des riverains de Kerascoët"));
        Meeting m3 = meeting(
                p,
                "Atelier de modélisation",
                MeetingKind.WORKSHOP,
                JourneyStep.MODELLING,
                TEMPS_3.atTime(9, 30),
                "Atelier Z, Névez",
                "Charte commune\u202F; mode de gouvernance\u202F; cadre économique\u202F; rétro-planning.",
                "Étudier le passage en SCIC\u202F; viser une AG extraordinaire en juin 2027.",
                List.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "INRAE",
                        "Bretagne Transition",
                        "Département du Finistère"),
                Set.of(
                        "Atelier Z",
                        "Commune de Névez",
                        "Concarneau Cornouaille Agglomération",
                        "INRAE",
                        "Bretagne Transition"));
        RoadmapTask followUp = new RoadmapTask(p, "Comparer association et SCIC (note au CA)", false, 5);
        followUp.describe(followUp.getName(), false, 5, null, TEMPS_3, actor("Bretagne Transition"), false, null);
        followUp.followUpOf(m3);
        em.persist(followUp);
    }

    private Meeting meeting(
            Project p,
            String title,
            MeetingKind kind,
            JourneyStep step,
            java.time.LocalDateTime at,
            String place,
            String agenda,
            String decisions,
            List<String> invited,
            Set<String> present) {
        Meeting m = new Meeting(p, title, kind, at);
        m.describe(title, kind, step, at, place, agenda, null, decisions);
        em.persist(m);
        for (String name : invited) {
            em.persist(new MeetingAttendee(m, actor(name), present.contains(name)));
        }
        return m;
    }

    private void link(RoadmapTask a, RoadmapTask b, int lag) {
        em.persist(new RoadmapLink(a, b, lag));
    }

    private void analyses(Project p) {
        List<Actor> who = List.of(
                actor("Atelier Z"),
                actor("Commune de Névez"),
                actor("Concarneau Cornouaille Agglomération"),
                actor("INRAE"),
                actor("Bretagne Transition"),
                actor("Collectif des riverains de Kerascoët"));
        // each analysis its own objectives: EclipseLink keeps one owner per embedded instance, and
        // shared instances left Temps 1 without objectives (its comparison with Temps 3 was empty)
        java.util.function.Supplier<List<MactorObjective>> objectives = () -> List.of(
                new MactorObjective("Pérenniser le modèle économique", true),
                new MactorObjective("Structurer une gouvernance partagée", true),
                new MactorObjective("Développer les soirées et événements", false),
                new MactorObjective("Aménager les bâtiments de la ferme", false));
        MactorAnalysis first = new MactorAnalysis(p, "Jeux d’acteurs – Temps 1", TEMPS_1);
        first.define(
                who,
                objectives.get(),
                new int[][] {
                    {0, 1, 1, 1, 2, 1},
                    {2, 0, 1, 0, 1, 2},
                    {3, 2, 0, 1, 2, 0},
                    {1, 0, 1, 0, 1, 0},
                    {2, 1, 1, 0, 0, 0},
                    {1, 2, 0, 0, 0, 0}
                },
                new int[][] {
                    {4, 3, 3, 4},
                    {2, 1, -1, 2},
                    {3, 2, 0, 1},
                    {1, 0, 3, 0},
                    {2, 4, 1, 1},
                    {0, 0, -4, -2}
                });
        em.persist(first);
        MactorAnalysis third = new MactorAnalysis(p, "Jeux d’acteurs – Temps 3", TEMPS_3);
        third.define(
                who,
                objectives.get(),
                new int[][] {
                    {0, 2, 1, 1, 2, 1},
                    {2, 0, 1, 0, 1, 2},
                    {3, 2, 0, 1, 2, 0},
                    {1, 1, 1, 0, 1, 0},
                    {2, 1, 2, 0, 0, 0},
                    {1, 2, 0, 0, 0, 0}
                },
                new int[][] {
                    {4, 4, 3, 4},
                    {3, 2, 1, 3},
                    {3, 3, 1, 2},
                    {2, 1, 3, 0},
                    {2, 4, 1, 1},
                    {0, -1, -3, -2}
                });
        em.persist(third);
    }
}
