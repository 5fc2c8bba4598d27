package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.Ballot;
import fr.tierslieu.governance.domain.Body;
import fr.tierslieu.governance.domain.BodyKind;
import fr.tierslieu.governance.domain.BodyMeeting;
import fr.tierslieu.governance.domain.Charter;
import fr.tierslieu.governance.domain.CharterArticle;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.Mandate;
import fr.tierslieu.governance.domain.MandatePosition;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.Signature;
import fr.tierslieu.governance.domain.TallyEngine;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.Vote;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo: Atelier Z, an association (AG, CA renewed by thirds, bureau), studies a move to a SCIC (SAS)
 * with five colleges (illustrative weights, within the legal 10–50 %); a past AG with its minutes
 * and two adopted resolutions; a board meeting to come (on the main project's roadmap). Members are
 * demo actors of the core, found by name.
 */
@ApplicationScoped
public class GovernanceDemoData implements DemoDataProvider {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    public GovernanceDemoData() {}

    public GovernanceDemoData(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    @Override
    public String moduleId() {
        return GovernanceModule.ID;
    }

    @Override
    public void load() {
        GovernanceProfile profile = new GovernanceProfile();
        profile.define(
                LegalForm.SCIC_SAS,
                List.of(
                        new VotingCollege("Fondateurs", new BigDecimal("30"), "Les porteurs historiques d’Atelier Z"),
                        new VotingCollege("Usagers", new BigDecimal("20"), "Fablab, coworking, public des soirées"),
                        new VotingCollege("Salariés", new BigDecimal("10"), null),
                        new VotingCollege(
                                "Partenaires privés", new BigDecimal("20"), "Entreprises et associations partenaires"),
                        new VotingCollege("Collectivités", new BigDecimal("20"), "Commune de Névez, agglomération")));
        em.persist(profile);
        em.flush();
        bodies(profile);
        // the draft statutes of the association as it is today (the SCIC's are one choice away on the page)
        fr.tierslieu.governance.domain.StatutesAnswers statutes =
                new fr.tierslieu.governance.domain.StatutesAnswers(Workspaces.of(em));
        statutes.answer(
                LegalForm.ASSOCIATION,
                "Atelier Z",
                "faire vivre un tiers-lieu rural dans une ancienne ferme de Névez (fablab, coworking, événements,"
                        + " séminaires d’entreprise) et y accueillir les habitants, les associations et les entreprises"
                        + " du Pays de l’Aven",
                "Névez (Finistère)",
                null,
                null,
                6,
                12,
                fr.tierslieu.governance.domain.Renewal.THIRDS,
                new BigDecimal("50.00"));
        em.persist(statutes);
    }

    private Long actor(String name) {
        List<?> ids = Workspaces.nativeQuery(em, "SELECT id FROM core_actor WHERE name = ? AND workspace_id = ?")
                .setParameter(1, name)
                .setParameter(2, Workspaces.of(em))
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** AG, CA and bureau of the association, their mandates, a past AG with its minutes and a coming board meeting. */
    private void bodies(GovernanceProfile profile) {
        List<?> project = Workspaces.nativeQuery(
                        em, "SELECT id FROM core_project WHERE name LIKE 'Atelier Z%' AND workspace_id = ?")
                .setParameter(1, Workspaces.of(em))
                .getResultList();
        Long projectId = project.isEmpty() ? null : ((Number) project.get(0)).longValue();
        Body ag = body(
                "Assemblée générale",
                BodyKind.GENERAL_ASSEMBLY,
                null,
                "25",
                "0",
                Majority.SIMPLE,
                2,
                15,
                null,
                null,
                projectId);
        Body ca = body(
                "Conseil d’administration",
                BodyKind.BOARD,
                ag,
                "50",
                "50",
                Majority.SIMPLE,
                1,
                8,
                3,
                "Renouvellement par tiers chaque année",
                projectId);
        Body bureau = body("Bureau", BodyKind.BUREAU, ca, "50", "50", Majority.SIMPLE, 0, 3, 1, null, null);
        // the association's members: its founder (a natural person) and five organisations (legal persons)
        String[] members = {
            "Fondateur·rice d'Atelier Z",
            "Bretagne Transition",
            "KonK Ar Lab",
            "Charpentiers de marine de l'Aven",
            "Lin et chanvre de Cornouaille",
            "Club des entrepreneurs du Pays de l'Aven"
        };
        LocalDate start = LocalDate.of(2025, 4, 12);
        int registered = 0;
        for (String name : members) {
            Long id = actor(name);
            if (id != null) {
                em.persist(new Mandate(ag, id, null, MandatePosition.MEMBER, null, start, null));
                // the register: the same organisations, members since the founding AG; two are behind with their 2026
                // dues
                fr.tierslieu.governance.domain.Member member = new fr.tierslieu.governance.domain.Member(
                        id,
                        registered == 0
                                ? fr.tierslieu.governance.domain.MemberCategory.ACTIVE
                                : fr.tierslieu.governance.domain.MemberCategory.LEGAL_PERSON,
                        null,
                        start,
                        true,
                        null,
                        0,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO);
                em.persist(member);
                if (registered++ < 4) {
                    em.persist(new fr.tierslieu.governance.domain.MemberDues(
                            member, 2026, new BigDecimal("50.00"), LocalDate.of(2026, 2, 1)));
                }
            }
        }
        // a natural person chairs the board and the bureau, mandates in force (the association cannot chair itself)
        mandate(ca, "Fondateur·rice d'Atelier Z", null, MandatePosition.PRESIDENT, start, start.plusYears(3));
        mandate(
                ca,
                "Bretagne Transition",
                "Représentant·e (démo)",
                MandatePosition.TREASURER,
                start,
                start.plusYears(3));
        mandate(
                ca,
                "KonK Ar Lab",
                "Représentant·e (démo)",
                MandatePosition.SECRETARY,
                start,
                LocalDate.now().plusDays(60));
        mandate(
                ca,
                "Club des entrepreneurs du Pays de l'Aven",
                null,
                MandatePosition.MEMBER,
                start,
                start.plusYears(2));
        mandate(bureau, "Fondateur·rice d'Atelier Z", null, MandatePosition.PRESIDENT, start, start.plusYears(3));
        mandate(bureau, "Bretagne Transition", "Représentant·e (démo)", MandatePosition.TREASURER, start, null);

        BodyMeeting past = new BodyMeeting(
                ag,
                "Assemblée générale ordinaire 2026",
                LocalDate.of(2026, 4, 18).atTime(10, 0));
        past.describe(
                past.getTitle(),
                past.getStartsAt(),
                "Atelier Z, Névez",
                "1. Rapport moral\n2. Comptes 2025\n3. Étude d’un passage en SCIC",
                LocalDate.of(2026, 3, 27),
                false,
                "L’assemblée approuve les comptes et mandate le conseil pour étudier la SCIC.");
        em.persist(past);
        for (Mandate m : em.createQuery("select m from Mandate m where m.body = :b", Mandate.class)
                .setParameter("b", ag)
                .getResultList()) {
            AttendanceLine line = new AttendanceLine(past, m.getActorId());
            line.mark(true, null);
            em.persist(line);
        }
        List<Mandate> agMembers = em.createQuery(
                        "select m from Mandate m where m.body = :b order by m.id", Mandate.class)
                .setParameter("b", ag)
                .getResultList();
        vote(
                new Resolution(
                        past, 1, "Approbation des comptes 2025", "Les comptes 2025 sont approuvés.", Majority.SIMPLE),
                ag,
                agMembers,
                -1);
        vote(
                new Resolution(
                        past,
                        2,
                        "Étude d’un passage en SCIC",
                        "Le conseil d’administration étudie la "
                                + "transformation en SCIC et présente un projet de charte et de collèges.",
                        Majority.SIMPLE),
                ag,
                agMembers,
                2);
        Resolution charterVote = vote(
                new Resolution(past, 3, "Adoption de la charte commune (version 1)", null, Majority.SIMPLE),
                ag,
                agMembers,
                -1);
        charter(charterVote);
        // held: the founder (a natural person, the register's first member) chairs, a member organisation's
        // representative takes the minutes, and both signed them
        if (agMembers.size() > 1) {
            past.officers(agMembers.get(0).getActorId(), agMembers.get(1).getActorId());
            past.signedBy(true, "presidence-demo", LocalDate.of(2026, 4, 18).atTime(12, 30));
            past.signedBy(false, "secretariat-demo", LocalDate.of(2026, 4, 20).atTime(9, 15));
        }
        BodyMeeting next = new BodyMeeting(
                ca, "Projet de charte et de collèges", LocalDate.of(2027, 3, 20).atTime(18, 0));
        next.describe(
                next.getTitle(),
                next.getStartsAt(),
                "Atelier Z, Névez",
                "1. Projet de charte commune\n2. Collèges de la future SCIC",
                null,
                false,
                null);
        em.persist(next);
        for (Mandate m : em.createQuery("select m from Mandate m where m.body = :b", Mandate.class)
                .setParameter("b", ca)
                .getResultList()) {
            em.persist(new AttendanceLine(next, m.getActorId()));
        }
        em.flush();
    }

    /**
     * Every member present votes for (but the one at {@code abstaining}, who abstains); the result
     * and its steps are those of the tally engine, as when a meeting is held in the page.
     */
    private Resolution vote(Resolution r, Body body, List<Mandate> members, int abstaining) {
        em.persist(r);
        List<TallyInput.Member> voters = new java.util.ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Vote v = i == abstaining ? Vote.ABSTAIN : Vote.FOR;
            long actor = members.get(i).getActorId();
            em.persist(new Ballot(r, actor, v, null));
            voters.add(new TallyInput.Member(
                    String.valueOf(actor), String.valueOf(actor), 1.0, null, true, null, v, null));
        }
        TallyResult result = TallyEngine.tally(new TallyInput(
                body.getQuorumFirst().doubleValue() / 100, body.getMaxProxies(), r.getMajority(), List.of(), voters));
        r.record(result);
        return r;
    }

    /** Version 1 adopted at the AG and signed by three partners; the working version has moved on since. */
    private void charter(Resolution adoption) {
        Charter charter = new Charter("Charte commune d’Atelier Z");
        em.persist(charter);
        String[][] v1 = {
            {
                "Objet",
                "Atelier Z est un lieu de travail collaboratif, ouvert à tous, au service de la transition écologique et du développement local."
            },
            {"Valeurs", "Coopération, ouverture, sobriété, ancrage local."},
            {
                "Engagements des partenaires",
                "Chaque signataire précise ses apports\u202F: financement, apports en nature, locaux, temps bénévole, rôles."
            },
            {
                "Gouvernance",
                "Les décisions sont prises par l’assemblée générale et le conseil d’administration selon les statuts."
            }
        };
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (String[] a : v1) {
            text.append("Article ")
                    .append(n++)
                    .append(" – ")
                    .append(a[0])
                    .append('\n')
                    .append(a[1])
                    .append("\n\n");
        }
        CharterVersion version = new CharterVersion(
                charter,
                1,
                adoption.getMeeting().getStartsAt().toLocalDate(),
                adoption,
                text.toString().strip());
        em.persist(version);
        int position = 1;
        for (String[] a : v1) {
            String body = a[0].equals("Gouvernance")
                    ? "Les décisions sont prises par l’assemblée générale et le conseil selon les statuts\u202F; en SCIC, par collèges de vote."
                    : a[1];
            em.persist(new CharterArticle(charter, position++, a[0], body));
        }
        em.persist(new CharterArticle(
                charter, position, "Évaluation", "Les partenaires font le point chaque année sur leurs engagements."));
        sign(version, "Atelier Z", "Président·e (démo)", "Président·e", "Animation du lieu, 800 h de bénévolat par an");
        sign(
                version,
                "Bretagne Transition",
                "Représentant·e (démo)",
                "Co-président·e",
                "Portage du volet économie circulaire");
        sign(
                version,
                "Commune de Névez",
                "Maire (démo)",
                "Maire",
                "Mise à disposition de salles (valorisée 6 000 € par an, illustratif)");
    }

    private void sign(CharterVersion version, String actor, String signatory, String capacity, String commitments) {
        Long id = actor(actor);
        if (id != null) {
            em.persist(new Signature(
                    version, id, signatory, capacity, version.getAdoptedOn().plusDays(10), commitments));
        }
    }

    private Body body(
            String name,
            BodyKind kind,
            Body parent,
            String q1,
            String q2,
            Majority majority,
            int proxies,
            int notice,
            Integer years,
            String renewal,
            Long projectId) {
        Body b = new Body(name, kind);
        b.describe(
                name,
                kind,
                parent,
                new BigDecimal(q1),
                new BigDecimal(q2),
                majority,
                proxies,
                notice,
                false,
                years,
                renewal);
        b.governs(projectId);
        em.persist(b);
        return b;
    }

    private void mandate(
            Body body, String actor, String representative, MandatePosition position, LocalDate start, LocalDate end) {
        Long id = actor(actor);
        if (id != null) {
            em.persist(new Mandate(body, id, representative, position, null, start, end));
        }
    }
}
