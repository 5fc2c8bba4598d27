package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.workspace.Workspaces;
import fr.tierslieu.core.module.ActorUsageProvider;
import fr.tierslieu.core.module.RoadmapContributor;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.BodyMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the governance module gives the core through the contract: the meetings of the bodies that
 * govern a project, as milestones of its roadmap; and what of the module uses an actor.
 */
@ApplicationScoped
public class GovernanceContributions
        implements RoadmapContributor,
                ActorUsageProvider,
                fr.tierslieu.core.module.DigestContributor,
                fr.tierslieu.core.module.GettingStartedContributor {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    java.time.Clock clock = java.time.Clock.systemDefaultZone();

    public GovernanceContributions() {}

    /** For plain Java SE tests. */
    public GovernanceContributions(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }
    /** For the weekly digest: the mandates that end within 90 days (read directly: no signed-in user). */
    @Override
    public List<String> digest(Locale locale, LocalDate today) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.SHORT)
                .withLocale(locale);
        List<String> out = new ArrayList<>();
        for (fr.tierslieu.governance.domain.Mandate m : em.createQuery(
                        "select m from Mandate m join fetch m.body "
                                + "where m.endDate is not null and m.endDate >= :t and m.endDate <= :l order by m.endDate",
                        fr.tierslieu.governance.domain.Mandate.class)
                .setParameter("t", today)
                .setParameter("l", today.plusDays(90))
                .getResultList()) {
            // the actor's name from the registry's table (same database; the core's entity is not in this unit)
            List<?> name = Workspaces.nativeQuery(em, "SELECT name FROM core_actor WHERE id = ?")
                    .setParameter(1, m.getActorId())
                    .getResultList();
            out.add(messages.format(
                    locale,
                    "governance.digest.mandate",
                    name.isEmpty() ? "#" + m.getActorId() : name.get(0),
                    messages.label(locale, m.getPosition()),
                    m.getBody().getName(),
                    m.getEndDate().format(f)));
        }
        return out;
    }

    @Override
    public List<Milestone> milestones(long projectId, Locale locale) {
        List<Milestone> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (BodyMeeting m : em.createQuery(
                        "select m from BodyMeeting m join fetch m.body b where b.projectId = :p "
                                + "and m.startsAt >= :from order by m.startsAt",
                        BodyMeeting.class)
                .setParameter("p", projectId)
                .setParameter("from", today.minusYears(1).atStartOfDay())
                .getResultList()) {
            out.add(new Milestone(
                    GovernanceModule.ID,
                    "meeting-" + m.getId(),
                    m.getBody().getName() + " – " + m.getTitle(),
                    m.getStartsAt().toLocalDate(),
                    "/governance/session.xhtml?id=" + m.getId()));
        }
        // adopted versions of the charter, on the roadmaps of the projects the bodies govern
        boolean governed = !em.createQuery("select b.id from Body b where b.projectId = :p", Long.class)
                .setParameter("p", projectId)
                .getResultList()
                .isEmpty();
        if (governed) {
            for (fr.tierslieu.governance.domain.CharterVersion v : em.createQuery(
                            "select v from CharterVersion v order by v.number",
                            fr.tierslieu.governance.domain.CharterVersion.class)
                    .getResultList()) {
                out.add(new Milestone(
                        GovernanceModule.ID,
                        "charter-" + v.getNumber(),
                        messages.format(locale, "governance.charter.milestone", v.getNumber()),
                        v.getAdoptedOn(),
                        "/governance/charter.xhtml"));
            }
            out.addAll(statutoryDeadlines(projectId, today, locale));
        }
        return out;
    }

    @Override
    public List<String> usagesOf(long actorId, Locale locale) {
        long mandates = em.createQuery("select count(m) from Mandate m where m.actorId = :a", Long.class)
                .setParameter("a", actorId)
                .getSingleResult();
        long registered = em.createQuery("select count(m) from Member m where m.actorId = :a", Long.class)
                .setParameter("a", actorId)
                .getSingleResult();
        List<String> out = new java.util.ArrayList<>();
        if (mandates > 0) {
            out.add(messages.format(locale, "governance.usage.mandates", mandates));
        }
        if (registered > 0) {
            out.add(messages.format(locale, "governance.usage.members", registered));
        }
        return out;
    }

    /**
     * The deadlines the law sets from the module's records, as milestones of the roadmaps of the
     * projects the bodies govern (within a year before and after {@code today}):
     * <ul>
     * <li>an association declares a change of its officers (président, trésorier, secrétaire) to
     * the prefecture within three months (loi du 1er juillet 1901, art. 5): one milestone per day
     * on which such a mandate starts;</li>
     * <li>the accounts of a year are approved within six months of its end, by 30 June of the next
     * year for a calendar year: a legal rule for the cooperative and commercial forms (Code de
     * commerce, L. 223-26 and L. 225-100), the usual rule of statutes and funders for an
     * association;</li>
     * <li>a SCIC undergoes the révision coopérative every five years whatever its size (loi n°
     * 47-1775, art. 19 duodecies and 25-1): five years after the last one (or the registration),
     * shown within the year before; when that date is not recorded, a milestone today says so.</li>
     * </ul>
     */
    List<Milestone> statutoryDeadlines(long projectId, LocalDate today, Locale locale) {
        List<Milestone> out = new ArrayList<>();
        java.util.Optional<fr.tierslieu.governance.domain.GovernanceProfile> profile = em
                .createQuery(
                        "select p from GovernanceProfile p order by p.id",
                        fr.tierslieu.governance.domain.GovernanceProfile.class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
        fr.tierslieu.governance.domain.LegalForm form = profile.map(
                        fr.tierslieu.governance.domain.GovernanceProfile::getLegalForm)
                .orElse(fr.tierslieu.governance.domain.LegalForm.ASSOCIATION);
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofLocalizedDate(
                        java.time.format.FormatStyle.SHORT)
                .withLocale(locale);
        if (form == fr.tierslieu.governance.domain.LegalForm.ASSOCIATION) {
            java.util.SortedSet<LocalDate> changes = new java.util.TreeSet<>(em.createQuery(
                            "select distinct m.startDate from Mandate m "
                                    + "where m.body.projectId = :p and m.position in :officers and m.startDate >= :from and m.startDate <= :to",
                            LocalDate.class)
                    .setParameter("p", projectId)
                    .setParameter(
                            "officers",
                            List.of(
                                    fr.tierslieu.governance.domain.MandatePosition.PRESIDENT,
                                    fr.tierslieu.governance.domain.MandatePosition.TREASURER,
                                    fr.tierslieu.governance.domain.MandatePosition.SECRETARY))
                    .setParameter("from", today.minusYears(1))
                    .setParameter("to", today.plusYears(1))
                    .getResultList());
            for (LocalDate change : changes) {
                out.add(new Milestone(
                        GovernanceModule.ID,
                        "prefecture-" + change,
                        messages.format(locale, "governance.deadline.prefecture", change.format(f)),
                        change.plusMonths(3),
                        "/governance/bodies.xhtml"));
            }
        }
        if (form.isScic()) {
            LocalDate due = profile.map(fr.tierslieu.governance.domain.GovernanceProfile::nextRevisionDue)
                    .orElse(null);
            if (due == null) {
                out.add(new Milestone(
                        GovernanceModule.ID,
                        "revision-unknown",
                        messages.get(locale, "governance.deadline.revisionUnknown"),
                        today,
                        "/governance/colleges.xhtml"));
            } else if (!due.isBefore(today.minusYears(1)) && !due.isAfter(today.plusYears(1))) {
                out.add(new Milestone(
                        GovernanceModule.ID,
                        "revision-" + due,
                        messages.format(
                                locale,
                                "governance.deadline.revision",
                                profile.get().getLastRevisionOn().format(f)),
                        due,
                        "/governance/colleges.xhtml"));
            }
        }
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate due = LocalDate.of(year + 1, 6, 30);
            if (due.isBefore(today.minusYears(1)) || due.isAfter(today.plusYears(1))) {
                continue;
            }
            out.add(new Milestone(
                    GovernanceModule.ID,
                    "accounts-" + year,
                    messages.format(
                            locale,
                            form == fr.tierslieu.governance.domain.LegalForm.ASSOCIATION
                                    ? "governance.deadline.accountsAssociation"
                                    : "governance.deadline.accounts",
                            String.valueOf(year)),
                    due,
                    "/governance/bodies.xhtml"));
        }
        return out;
    }

    /**
     * Mandates (the officers the loi de 1901 asks to declare and the registre spécial keeps) and
     * the register of members are kept with the person's name, art. 17.3 b RGPD.
     */
    @Override
    public List<String> legalRecordsOf(long actorId, Locale locale) {
        return usagesOf(actorId, locale);
    }

    /** First steps: the legal form chosen with the questionnaire, then the bodies (done once a body exists). */
    @Override
    public List<fr.tierslieu.core.module.GettingStartedStep> gettingStarted() {
        boolean bodies =
                em.createQuery("select count(b) from Body b", Long.class).getSingleResult() > 0;
        return List.of(new fr.tierslieu.core.module.GettingStartedStep(
                "legal-form",
                40,
                "governance.start.legalForm",
                "governance.start.legalForm.hint",
                "/governance/legal.xhtml",
                bodies,
                false,
                java.util.Set.of(fr.tierslieu.core.domain.security.Role.BOARD)));
    }
}
