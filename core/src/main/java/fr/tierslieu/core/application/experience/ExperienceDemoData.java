package fr.tierslieu.core.application.experience;

import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.ExperienceDraft;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.experience.LessonKind;
import fr.tierslieu.core.domain.experience.Offer;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo's experience library: Atelier Z's own sheet and twelve places in real communes, with
 * invented names and figures — all marked illustrative, no real person named. They give the search,
 * the distance filter, the map and the comparison something to show.
 */
public final class ExperienceDemoData {

    private final EntityManager em;

    public ExperienceDemoData(EntityManager em) {
        this.em = em;
    }

    private static final String SOURCE = "Fiche d’illustration : lieu et chiffres inventés pour la démonstration.";

    public void load() {
        Experience ours = place(
                "Atelier Z",
                "Névez",
                "29",
                47.8197,
                -3.7917,
                LegalForm.ASSOCIATION,
                2026,
                EnumSet.of(Offer.FABLAB, Offer.COWORKING, Offer.SEMINARS, Offer.EVENTS, Offer.TRAINING),
                180_000L,
                38,
                1.8,
                25,
                470,
                "Association collégiale ; comité de pilotage avec la commune et les partenaires.",
                List.of(),
                List.of());
        ours.markOurs(true);
        place(
                "La Criée partagée",
                "Concarneau",
                "29",
                47.8753,
                -3.9189,
                LegalForm.ASSOCIATION,
                2019,
                EnumSet.of(Offer.COWORKING, Offer.EVENTS, Offer.CAFE),
                140_000L,
                55,
                2.0,
                30,
                380,
                "Association ; bureau de cinq membres, commission « programmation » ouverte aux usagers.",
                List.of("Un café ouvert tous les jours fait venir les habitants qui ne viennent pas travailler"),
                List.of("Les soirées en semaine fatiguent l’équipe bénévole : les limiter à deux par mois"));
        place(
                "Fablab de l’Odet",
                "Quimper",
                "29",
                47.9960,
                -4.1020,
                LegalForm.ASSOCIATION,
                2016,
                EnumSet.of(Offer.FABLAB, Offer.TRAINING),
                95_000L,
                45,
                1.5,
                40,
                220,
                "Association ; un fabmanager salarié, des bénévoles référents par machine.",
                List.of("Des formations payantes aux machines pour les artisans financent l’ouverture au public"),
                List.of("Prévoir le renouvellement des machines dès la troisième année (amortissement)"));
        place(
                "Base des Possibles",
                "Lorient",
                "56",
                47.7483,
                -3.3700,
                LegalForm.SCIC,
                2020,
                EnumSet.of(Offer.COWORKING, Offer.FABLAB, Offer.EVENTS, Offer.SEMINARS),
                620_000L,
                68,
                7.5,
                60,
                1_800,
                "SCIC à quatre collèges (salariés, usagers, collectivités, entreprises), conseil d’administration de douze membres.",
                List.of("Les séminaires d’entreprise financent l’animation du lieu"),
                List.of("La SCIC a mis dix-huit mois à réunir ses collèges : commencer en association"));
        place(
                "Le Moulin des Communs",
                "Quimperlé",
                "29",
                47.8728,
                -3.5497,
                LegalForm.ASSOCIATION,
                2021,
                EnumSet.of(Offer.CAFE, Offer.CULTURE, Offer.REUSE),
                70_000L,
                40,
                1.0,
                50,
                300,
                "Association ; gouvernance partagée par cercles (programmation, café, réemploi).",
                List.of("Une ressourcerie attire un public qui ne serait pas venu pour le reste"),
                List.of("Les bénévoles du café s’épuisent sans planning tenu par un salarié"));
        place(
                "L’Atelier des peintres",
                "Pont-Aven",
                "29",
                47.8553,
                -3.7475,
                LegalForm.ASSOCIATION,
                2018,
                EnumSet.of(Offer.SHARED_WORKSHOP, Offer.CULTURE),
                45_000L,
                70,
                0.5,
                15,
                180,
                "Association d’artistes et d’artisans ; assemblée mensuelle.",
                List.of("Des ateliers loués au mois assurent une recette régulière"),
                List.of());
        place(
                "La Conserverie",
                "Douarnenez",
                "29",
                48.0925,
                -4.3289,
                LegalForm.SCIC,
                2017,
                EnumSet.of(Offer.EVENTS, Offer.FOOD, Offer.CAFE),
                310_000L,
                60,
                4.0,
                35,
                900,
                "SCIC ; la commune est sociétaire et siège au conseil d’administration.",
                List.of("Une cuisine partagée louée à des producteurs locaux"),
                List.of("Les travaux de mise aux normes ERP ont coûté le double du devis initial"));
        place(
                "Les Ateliers du Plateau",
                "Brest",
                "29",
                48.3904,
                -4.4861,
                LegalForm.SCOP,
                2015,
                EnumSet.of(Offer.FABLAB, Offer.TRAINING, Offer.COWORKING),
                450_000L,
                82,
                6.0,
                10,
                650,
                "SCOP ; les salariés associés décident, un comité d’usagers est consulté.",
                List.of("Des prestations de prototypage pour les entreprises"),
                List.of("Peu de place pour les bénévoles : l’ouverture au public recule"));
        place(
                "Hôtel à projets du Mail",
                "Rennes",
                "35",
                48.1173,
                -1.6778,
                LegalForm.PUBLIC_BODY,
                2022,
                EnumSet.of(Offer.COWORKING, Offer.EVENTS, Offer.PUBLIC_SERVICES),
                750_000L,
                25,
                5.0,
                0,
                2_400,
                "Porté par la métropole ; un comité d’orientation avec les résidents.",
                List.of("Un bâtiment public prêté gratuitement pendant cinq ans"),
                List.of("La fin du prêt du bâtiment n’a pas été préparée"));
        place(
                "Ferme de la Coopération",
                "Carhaix-Plouguer",
                "29",
                48.2760,
                -3.5730,
                LegalForm.SCIC,
                2020,
                EnumSet.of(Offer.FOOD, Offer.EVENTS, Offer.ACCOMMODATION, Offer.SEMINARS),
                260_000L,
                58,
                3.0,
                45,
                1_100,
                "SCIC ; collège des habitants majoritaire, comité de programmation mensuel.",
                List.of("Un gîte de groupe rend les séminaires de deux jours possibles"),
                List.of("L’accès sans voiture est le premier frein cité par les visiteurs"));
        place(
                "La Halle commune",
                "Nantes",
                "44",
                47.2184,
                -1.5536,
                LegalForm.ASSOCIATION,
                2014,
                EnumSet.of(Offer.CULTURE, Offer.EVENTS, Offer.CAFE, Offer.COWORKING),
                1_200_000L,
                75,
                14.0,
                120,
                4_500,
                "Association ; conseil d’administration et collèges d’usagers.",
                List.of("La programmation culturelle fait connaître le lieu au-delà du quartier"),
                List.of("Le voisinage s’est plaint du bruit : isolation à prévoir dès les travaux"));
        place(
                "Maison France services et coworking",
                "Crozon",
                "29",
                48.2470,
                -4.4900,
                LegalForm.PUBLIC_BODY,
                2021,
                EnumSet.of(Offer.PUBLIC_SERVICES, Offer.COWORKING),
                160_000L,
                15,
                2.5,
                0,
                260,
                "Portée par la communauté de communes.",
                List.of("Les permanences France services amènent un public qui découvre le coworking"),
                List.of());
        place(
                "Tiers-lieu de la Vallée",
                "Melle",
                "79",
                46.2233,
                -0.1422,
                LegalForm.ASSOCIATION,
                2019,
                EnumSet.of(Offer.REUSE, Offer.FOOD, Offer.TRAINING),
                120_000L,
                50,
                2.0,
                70,
                700,
                "Association ; assemblée mensuelle ouverte, décisions au consentement.",
                List.of("Un chantier d’insertion dans la recyclerie"),
                List.of("Trop d’activités lancées la première année"));
        em.flush();
    }

    private Experience place(
            String name,
            String commune,
            String department,
            double lat,
            double lon,
            LegalForm form,
            int year,
            EnumSet<Offer> offers,
            Long budget,
            Integer ownPct,
            Double fte,
            Integer volunteers,
            Integer surface,
            String governance,
            List<String> success,
            List<String> vigilance) {
        ExperienceDraft d = new ExperienceDraft();
        d.setName(name);
        d.setCommune(commune);
        d.setDepartment(department);
        d.setRegion(
                department.equals("44")
                        ? "Pays de la Loire"
                        : department.equals("79") ? "Nouvelle-Aquitaine" : "Bretagne");
        d.setLatitude(lat);
        d.setLongitude(lon);
        d.setLegalForm(form);
        d.setYearOpened(year);
        d.setOffers(offers);
        d.setBudget(budget);
        d.setOwnResourcesPct(ownPct);
        d.setStaffFte(fte);
        d.setVolunteers(volunteers);
        d.setSurfaceM2(surface);
        d.setGovernance(governance);
        d.setSources(SOURCE);
        d.setIllustrative(true);
        Experience e = new Experience(d, Instant.now());
        success.forEach(t -> e.learn(new Lesson(LessonKind.SUCCESS_FACTOR, t, null, null)));
        vigilance.forEach(t -> e.learn(new Lesson(LessonKind.VIGILANCE, t, null, null)));
        em.persist(e);
        return e;
    }
}
