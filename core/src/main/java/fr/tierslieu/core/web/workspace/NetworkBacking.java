package fr.tierslieu.core.web.workspace;

import fr.tierslieu.core.application.workspace.NetworkKnowledge;
import fr.tierslieu.core.domain.project.FindingKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the other workspaces of the installation share (Temps 2: « expériences repérées au niveau
 * national »): their experience sheets with their lessons, and their success factors and points of
 * vigilance, each with the workspace it comes from.
 */
@Named
@RequestScoped
public class NetworkBacking {

    @Inject
    NetworkKnowledge network;

    private FindingKind kind;
    private List<NetworkKnowledge.NetworkSheet> sheets;
    private List<NetworkKnowledge.NetworkFinding> findings;

    public List<NetworkKnowledge.NetworkSheet> getSheets() {
        if (sheets == null) {
            sheets = network.experiences();
        }
        return sheets;
    }

    public List<NetworkKnowledge.NetworkFinding> getFindings() {
        if (findings == null) {
            findings = network.findings(kind);
        }
        return findings;
    }

    public FindingKind getKind() {
        return kind;
    }

    public void setKind(FindingKind kind) {
        this.kind = kind;
        findings = null;
    }

    public FindingKind[] getKinds() {
        return FindingKind.values();
    }
}
