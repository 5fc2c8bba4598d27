package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.GovernanceService;
import fr.tierslieu.governance.application.RegisterService;
import fr.tierslieu.governance.domain.MemberCategory;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The register page's « new member » form: an actor of the registry entered in the register. */
@Named
@ViewScoped
public class MemberEntryBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String FORM = "membersForm";

    @Inject
    RegisterService register;

    @Inject
    GovernanceService governance;

    @Inject
    MembersBacking members;

    @Inject
    Msg msg;

    private Long actorId;
    private MemberCategory category = MemberCategory.ACTIVE;
    private String representative;
    private LocalDate joinedOn = LocalDate.now();
    private boolean voting = true;
    private Long collegeId;
    private Integer shares = 0;
    private BigDecimal capitalSubscribed = BigDecimal.ZERO;
    private BigDecimal capitalPaid = BigDecimal.ZERO;
    private transient List<VotingCollege> colleges;

    public List<Choice> getActorChoices() {
        return members.getActorChoices();
    }

    public void add() {
        if (FacesSupport.attempt(
                msg,
                FORM,
                () -> register.add(
                        new RegisterService.Draft(
                                actorId,
                                category,
                                representative,
                                joinedOn,
                                voting,
                                collegeId,
                                shares == null ? 0 : shares,
                                capitalSubscribed,
                                capitalPaid),
                        Msg.locale()))) {
            FacesSupport.info(msg.get("governance.member.added"));
            actorId = null;
            representative = null;
            members.reset();
        }
    }

    public List<VotingCollege> getColleges() {
        if (colleges == null) {
            colleges = governance.profile().getColleges();
        }
        return colleges;
    }

    public MemberCategory[] getCategories() {
        return MemberCategory.values();
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long v) {
        actorId = v;
    }

    public MemberCategory getCategory() {
        return category;
    }

    public void setCategory(MemberCategory v) {
        category = v;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String v) {
        representative = v;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate v) {
        joinedOn = v;
    }

    public boolean isVoting() {
        return voting;
    }

    public void setVoting(boolean v) {
        voting = v;
    }

    public Long getCollegeId() {
        return collegeId;
    }

    public void setCollegeId(Long v) {
        collegeId = v;
    }

    public Integer getShares() {
        return shares;
    }

    public void setShares(Integer v) {
        shares = v;
    }

    public BigDecimal getCapitalSubscribed() {
        return capitalSubscribed;
    }

    public void setCapitalSubscribed(BigDecimal v) {
        capitalSubscribed = v;
    }

    public BigDecimal getCapitalPaid() {
        return capitalPaid;
    }

    public void setCapitalPaid(BigDecimal v) {
        capitalPaid = v;
    }
}
