package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.AttendanceLine;
import fr.tierslieu.governance.domain.Majority;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.Vote;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolutions part of a meeting's page: the resolutions with their record, the form that adds
 * one, and the vote on one (who may vote comes from the attendance, {@link SessionBacking}'s).
 */
@Named
@ViewScoped
public class SessionResolutionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SessionBacking session;

    @Inject
    SessionService sessions;

    @Inject
    Msg msg;

    @Inject
    MessageBundles bundles;

    private transient List<Resolution> resolutions;
    private String resolutionTitle;
    private String resolutionText;
    private Majority resolutionMajority;
    private fr.tierslieu.governance.domain.DecisionKind resolutionKind =
            fr.tierslieu.governance.domain.DecisionKind.ORDINARY;
    private Long votingOn;
    /** Vote per actor, as the page submits it (the constant's name). */
    private final Map<Long, String> votes = new HashMap<>();

    private final Map<Long, String> objections = new HashMap<>();

    public void addResolution() {
        FacesSupport.attempt(msg, "resolutionForm", () -> {
            sessions.addResolution(
                    session.getId(),
                    resolutionTitle,
                    resolutionText,
                    getResolutionMajority(),
                    resolutionKind,
                    Msg.locale());
            resolutionTitle = null;
            resolutionText = null;
            resolutionKind = fr.tierslieu.governance.domain.DecisionKind.ORDINARY;
            resolutions = null;
        });
    }

    public void openVote(long resolutionId) {
        votingOn = resolutionId;
        votes.clear();
        objections.clear();
        for (AttendanceLine l : session.getSheet()) {
            if (l.counts() || l.getProxyTo() != null) {
                votes.put(l.getActorId(), Vote.FOR.name());
            }
        }
    }

    public void recordVote() {
        FacesSupport.attempt(msg, "resolutionForm", () -> {
            Map<Long, Vote> cast = new HashMap<>();
            votes.forEach(
                    (actor, vote) -> cast.put(actor, vote == null || vote.isBlank() ? Vote.NONE : Vote.valueOf(vote)));
            sessions.vote(votingOn, cast, objections, session.getNames(), Msg.locale());
            votingOn = null;
            resolutions = null;
        });
    }

    public List<Resolution> getResolutions() {
        if (resolutions == null) {
            resolutions = sessions.resolutions(session.getId());
        }
        return resolutions;
    }

    /** The record of a resolution's vote, one line per step, in the reader's language. */
    public List<String> lines(Resolution r) {
        return SessionService.summaryLines(bundles, Msg.locale(), r);
    }

    public Majority[] getMajorities() {
        return Majority.values();
    }

    public Vote[] getVoteValues() {
        return Vote.values();
    }

    public Map<Long, String> getVotes() {
        return votes;
    }

    public Map<Long, String> getObjections() {
        return objections;
    }

    public Long getVotingOn() {
        return votingOn;
    }

    public String getResolutionTitle() {
        return resolutionTitle;
    }

    public void setResolutionTitle(String resolutionTitle) {
        this.resolutionTitle = resolutionTitle;
    }

    public String getResolutionText() {
        return resolutionText;
    }

    public void setResolutionText(String resolutionText) {
        this.resolutionText = resolutionText;
    }

    public Majority getResolutionMajority() {
        if (resolutionMajority == null) {
            resolutionMajority = session.getBodyMajority();
        }
        return resolutionMajority;
    }

    public fr.tierslieu.governance.domain.DecisionKind getResolutionKind() {
        return resolutionKind;
    }

    public void setResolutionKind(fr.tierslieu.governance.domain.DecisionKind resolutionKind) {
        this.resolutionKind = resolutionKind;
    }

    public fr.tierslieu.governance.domain.DecisionKind[] getDecisionKinds() {
        return fr.tierslieu.governance.domain.DecisionKind.values();
    }

    public void setResolutionMajority(Majority resolutionMajority) {
        this.resolutionMajority = resolutionMajority;
    }
}
