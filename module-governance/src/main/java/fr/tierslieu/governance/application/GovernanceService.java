package fr.tierslieu.governance.application;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.governance.domain.CollegeRules;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.TallyEngine;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The governance being designed: legal form and voting colleges (checked against the SCIC rules
 * when the form is a SCIC), and vote tallies. Everyone reads; board members (and admins) edit.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class GovernanceService {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    @Inject
    MessageBundles messages;

    public GovernanceService() {}

    /** Outside the container (tests). */
    public GovernanceService(EntityManager em, MessageBundles messages) {
        this.em = em;
        this.messages = messages;
    }

    /** The profile, created (as an association without colleges) the first time. */
    /** The project the bodies govern (the first body's, by id), if any body names one. */
    public java.util.Optional<Long> governedProject() {
        return em
                .createQuery("select b.projectId from Body b where b.projectId is not null order by b.id", Long.class)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public GovernanceProfile profile() {
        List<GovernanceProfile> all = em.createQuery(
                        "select p from GovernanceProfile p order by p.id", GovernanceProfile.class)
                .getResultList();
        if (!all.isEmpty()) {
            all.get(0).getColleges().size();
            return all.get(0);
        }
        GovernanceProfile p = new GovernanceProfile();
        em.persist(p);
        em.flush();
        return p;
    }

    /**
     * Records the date of the last révision coopérative (or of the registration, when there has
     * been none): the roadmap then shows when the next one is due. Not in the future.
     */
    @RequiresRole({Role.BOARD})
    public GovernanceProfile recordRevision(
            java.time.LocalDate lastRevisionOn, java.time.LocalDate today, Locale locale) {
        if (lastRevisionOn != null && lastRevisionOn.isAfter(today)) {
            throw ValidationFailure.of("lastRevisionOn", messages.get(locale, "governance.revision.error.future"));
        }
        GovernanceProfile profile = profile();
        profile.revisedOn(lastRevisionOn);
        em.flush();
        return profile;
    }

    /**
     * Replaces the legal form and all colleges at once. Refused (nothing saved) when a line is
     * invalid, or when the form is a SCIC and the colleges break its rules (each message names the
     * college at fault), or when someone saved in between.
     */
    @RequiresRole({Role.BOARD})
    public GovernanceProfile saveColleges(
            long expectedVersion, LegalForm form, List<CollegeDraft> drafts, Locale locale) {
        GovernanceProfile profile = profile();
        if (profile.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("GovernanceProfile", profile.getId());
        }
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (form == null) {
            problems.add(new ValidationFailure.Violation("legalForm", messages.get(locale, "core.error.required")));
        }
        Set<String> names = new HashSet<>();
        List<VotingCollege> colleges = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CollegeDraft d = drafts.get(i);
            String name = d.getName() == null ? "" : d.getName().strip();
            String field = "colleges[" + i + "]";
            if (name.isEmpty()) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.college.error.name", i + 1)));
            } else if (name.length() > VotingCollege.NAME_MAX) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "core.error.tooLong", VotingCollege.NAME_MAX)));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.college.error.duplicate", name)));
            }
            BigDecimal w = d.getWeight();
            if (w == null
                    || w.signum() < 0
                    || w.compareTo(BigDecimal.valueOf(100)) > 0
                    || w.stripTrailingZeros().scale() > 2) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.college.error.weight", name)));
            }
            if (d.getDescription() != null && d.getDescription().length() > VotingCollege.DESCRIPTION_MAX) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "core.error.tooLong", VotingCollege.DESCRIPTION_MAX)));
            }
            colleges.add(new VotingCollege(
                    name,
                    w,
                    d.getDescription() == null || d.getDescription().isBlank()
                            ? null
                            : d.getDescription().strip()));
        }
        if (problems.isEmpty() && form != null && form.isScic()) {
            List<TallyInput.College> tally = colleges.stream()
                    .map(c -> new TallyInput.College(
                            c.getName(), c.getName(), c.getWeight().doubleValue()))
                    .toList();
            for (String p : collegeProblems(tally, locale)) {
                problems.add(new ValidationFailure.Violation("colleges", p));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        profile.define(form, colleges);
        // the colleges belong to the profile: a change of any of them is a new version of it
        em.lock(profile, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return profile;
    }

    /** The SCIC rules' problems of the saved colleges, in words (empty when fine or not a SCIC). */
    public List<String> scicProblems(Locale locale) {
        return collegeProblems(
                profile().getColleges().stream().map(VotingCollege::toTally).toList(), locale);
    }

    /** The SCIC rules' problems of these colleges, in words, each citing the law (empty when they conform). */
    public List<String> collegeProblems(List<TallyInput.College> colleges, Locale locale) {
        List<String> out = new ArrayList<>();
        for (CollegeRules.Problem p : CollegeRules.checkScic(colleges)) {
            out.add(
                    p.college() == null
                            ? messages.format(locale, "governance.college.rule." + p.key(), p.value())
                            : messages.format(locale, "governance.college.rule." + p.key(), p.college(), p.value()));
        }
        return out;
    }

    /** Checks a tally's input (each problem names the member or field) and counts it. Saves nothing. */
    public TallyResult tally(TallyInput input, Locale locale) {
        List<ValidationFailure.Violation> problems = new ArrayList<>();
        if (input.majority() == null) {
            problems.add(new ValidationFailure.Violation("majority", messages.get(locale, "core.error.required")));
        }
        if (input.quorum() < 0 || input.quorum() > 1 || Double.isNaN(input.quorum())) {
            problems.add(
                    new ValidationFailure.Violation("quorum", messages.get(locale, "governance.tally.error.quorum")));
        }
        if (input.maxProxies() < 0) {
            problems.add(new ValidationFailure.Violation(
                    "maxProxies", messages.get(locale, "governance.tally.error.proxies")));
        }
        Set<String> collegeIds = new HashSet<>();
        List<TallyInput.College> colleges = input.colleges() == null ? List.of() : input.colleges();
        for (int i = 0; i < colleges.size(); i++) {
            TallyInput.College c = colleges.get(i);
            if (c == null || c.id() == null || !collegeIds.add(c.id()) || c.weight() < 0 || c.weight() > 100) {
                problems.add(new ValidationFailure.Violation(
                        "colleges[" + i + "]", messages.get(locale, "governance.tally.error.college")));
            }
        }
        List<TallyInput.Member> members = input.members() == null ? List.of() : input.members();
        if (members.isEmpty()) {
            problems.add(new ValidationFailure.Violation(
                    "members", messages.get(locale, "governance.tally.error.noMember")));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            TallyInput.Member m = members.get(i);
            String field = "members[" + i + "]";
            String label = m == null || m.name() == null || m.name().isBlank() ? "#" + (i + 1) : m.name();
            if (m == null || m.id() == null || m.id().isBlank() || !ids.add(m.id())) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.tally.error.memberId", label)));
                continue;
            }
            if (!(m.votes() > 0)) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.tally.error.weight", label)));
            }
            if (!colleges.isEmpty() && (m.college() == null || !collegeIds.contains(m.college()))) {
                problems.add(new ValidationFailure.Violation(
                        field, messages.format(locale, "governance.tally.error.memberCollege", label)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return TallyEngine.tally(
                new TallyInput(input.quorum(), input.maxProxies(), input.majority(), colleges, members, input.base()));
    }

    /** A step of a tally in words. */
    public String describe(TallyResult.Step step, Locale locale) {
        return SessionService.words(messages, locale, step);
    }
}
