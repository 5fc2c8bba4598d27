package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.JourneyStep;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The findings, a section of the project page: open questions, success factors and points of vigilance. */
@Named
@ViewScoped
public class ProjectFindingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectViewBacking page;

    @Inject
    ProjectService projects;

    @Inject
    fr.tierslieu.core.application.meeting.MeetingService meetings;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.workspace.NetworkKnowledge network;

    private transient List<Finding> findings;
    private FindingKind findingKind = FindingKind.OPEN_QUESTION;
    private String findingText;
    private JourneyStep findingStep;
    private Long findingActor;
    private Long findingMeeting;
    private transient List<fr.tierslieu.core.domain.project.Meeting> meetingChoices;

    /** Runs a change of this section; its list is read again when it succeeds. */
    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            findings = null;
        }
    }

    public List<Finding> getFindings() {
        if (findings == null) {
            findings = projects.findings(page.getId());
        }
        return findings;
    }

    public void addFinding() {
        attempt(
                () -> {
                    projects.addFinding(
                            page.getId(),
                            findingKind,
                            findingText,
                            findingStep,
                            findingActor,
                            findingMeeting,
                            Msg.locale());
                    findingText = null;
                },
                "findingForm");
    }

    public void toggleFinding(long findingId, boolean resolved) {
        attempt(() -> projects.setResolved(findingId, resolved), "findingForm");
    }

    /** Lets the other workspaces of the installation read this finding, with its origin, or stops it. */
    public void shareFinding(long findingId, boolean shared) {
        attempt(() -> network.shareFinding(findingId, shared), "findingForm");
    }

    public void removeFinding(long findingId) {
        attempt(() -> projects.removeFinding(findingId), "findingForm");
    }

    public List<fr.tierslieu.core.domain.project.Meeting> getMeetingChoices() {
        if (meetingChoices == null) {
            meetingChoices = meetings.meetings(page.getId());
        }
        return meetingChoices;
    }

    public Long getFindingMeeting() {
        return findingMeeting;
    }

    public void setFindingMeeting(Long findingMeeting) {
        this.findingMeeting = findingMeeting;
    }

    public FindingKind[] getFindingKinds() {
        return FindingKind.values();
    }

    public JourneyStep[] getSteps() {
        return JourneyStep.values();
    }

    public FindingKind getFindingKind() {
        return findingKind;
    }

    public void setFindingKind(FindingKind findingKind) {
        this.findingKind = findingKind;
    }

    public String getFindingText() {
        return findingText;
    }

    public void setFindingText(String findingText) {
        this.findingText = findingText;
    }

    public JourneyStep getFindingStep() {
        return findingStep;
    }

    public void setFindingStep(JourneyStep findingStep) {
        this.findingStep = findingStep;
    }

    public Long getFindingActor() {
        return findingActor;
    }

    public void setFindingActor(Long findingActor) {
        this.findingActor = findingActor;
    }
}
