package fr.tierslieu.governance.web;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.TallyResult;
import fr.tierslieu.governance.domain.Vote;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The vote simulator: rules, members, attendance, proxies and votes in; result and every step out. */
@Named
@ViewScoped
public class TallyBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    GovernanceService governance;

    @Inject
    Msg msg;

    private double quorumPercent = 25;
    private int maxProxies = 2;
    private Majority majority = Majority.SIMPLE;
    /** The statutes' base of absolute and two-thirds majorities, or null for the usual one. */
    private fr.tierslieu.governance.domain.MajorityBase base;

    private boolean weighted;
    private List<TallyInput.College> colleges = new ArrayList<>();
    private final List<MemberRow> members = new ArrayList<>();
    private int next = 1;
    private transient TallyResult result;
    private List<String> steps = List.of();

    @PostConstruct
    void load() {
        colleges = governance.profile().getColleges().stream()
                .map(VotingCollege::toTally)
                .toList();
        weighted = !colleges.isEmpty();
    }

    public void addMember() {
        if (members.size() >= fr.tierslieu.governance.domain.TallyInput.MAX_MEMBERS) {
            FacesSupport.error(msg.format("core.error.tooMany", fr.tierslieu.governance.domain.TallyInput.MAX_MEMBERS));
            return;
        }
        members.add(new MemberRow("m" + next, msg.format("governance.tally.memberName", next)));
        next++;
    }

    public void removeMember(String id) {
        members.removeIf(m -> m.getId().equals(id));
    }

    /** Nine members over the first three colleges, for a first try. */
    public void loadExample() {
        members.clear();
        next = 1;
        Vote[] votes = {
            Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.FOR, Vote.ABSTAIN, Vote.AGAINST, Vote.FOR, Vote.AGAINST, Vote.FOR
        };
        for (int i = 0; i < 9; i++) {
            addMember();
            MemberRow row = members.get(i);
            row.setVote(votes[i]);
            if (!colleges.isEmpty()) {
                row.setCollege(colleges.get(i % Math.min(3, colleges.size())).id());
            }
        }
        members.get(7).setPresent(false);
        members.get(7).setProxyTo(members.get(0).getId());
        members.get(8).setPresent(false);
        result = null;
        steps = List.of();
    }

    public void compute() {
        List<TallyInput.Member> input =
                members.stream().map(MemberRow::toMember).toList();
        try {
            result = governance.tally(
                    new TallyInput(
                            quorumPercent / 100,
                            maxProxies,
                            majority,
                            weighted ? colleges : List.of(),
                            weighted
                                    ? input
                                    : input.stream()
                                            .map(m -> new TallyInput.Member(
                                                    m.id(),
                                                    m.name(),
                                                    m.weight(),
                                                    null,
                                                    m.present(),
                                                    m.proxyTo(),
                                                    m.vote(),
                                                    m.objection()))
                                            .toList(),
                            base),
                    Msg.locale());
            steps = result.steps().stream()
                    .map(s -> governance.describe(s, Msg.locale()))
                    .toList();
        } catch (ValidationFailure e) {
            result = null;
            steps = List.of();
            FacesSupport.showViolations(e, "tallyForm");
        }
    }

    public TallyResult getResult() {
        return result;
    }

    public List<String> getSteps() {
        return steps;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public List<TallyInput.College> getColleges() {
        return colleges;
    }

    public Majority[] getMajorities() {
        return Majority.values();
    }

    public Vote[] getVotes() {
        return Vote.values();
    }

    public double getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(double quorumPercent) {
        this.quorumPercent = quorumPercent;
    }

    public int getMaxProxies() {
        return maxProxies;
    }

    public void setMaxProxies(int maxProxies) {
        this.maxProxies = maxProxies;
    }

    public fr.tierslieu.governance.domain.MajorityBase getBase() {
        return base;
    }

    public void setBase(fr.tierslieu.governance.domain.MajorityBase base) {
        this.base = base;
    }

    public fr.tierslieu.governance.domain.MajorityBase[] getBases() {
        return fr.tierslieu.governance.domain.MajorityBase.values();
    }

    public Majority getMajority() {
        return majority;
    }

    public void setMajority(Majority majority) {
        this.majority = majority;
    }

    public boolean isWeighted() {
        return weighted;
    }

    public void setWeighted(boolean weighted) {
        this.weighted = weighted;
    }
}
