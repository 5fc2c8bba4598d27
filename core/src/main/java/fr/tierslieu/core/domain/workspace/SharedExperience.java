package fr.tierslieu.core.domain.workspace;

import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Lesson;
import fr.tierslieu.core.domain.shared.InstallationLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * An experience sheet as the other workspaces read it once its workspace shares it: a read-only
 * view of {@code core_experience} across workspaces (the multitenant {@code Experience} sees its
 * own workspace's only). Queries must keep {@code shared = true}: {@code NetworkKnowledge} does.
 */
@InstallationLevel("A read-only view, across workspaces, of the sheets each workspace chose to share.")
@ReadOnly
@Entity
@Table(name = "core_experience")
public class SharedExperience implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "shared")
    private boolean shared;

    @Column(name = "name")
    private String name;

    @Column(name = "commune")
    private String commune;

    @Column(name = "region")
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    private LegalForm legalForm;

    @Column(name = "typology")
    private String typology;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_experience_lesson", joinColumns = @JoinColumn(name = "experience_id"))
    @OrderColumn(name = "position")
    private List<Lesson> lessons = new ArrayList<>();

    protected SharedExperience() {}

    public Long getId() {
        return id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public boolean isShared() {
        return shared;
    }

    public String getName() {
        return name;
    }

    public String getCommune() {
        return commune;
    }

    public String getRegion() {
        return region;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getTypology() {
        return typology;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
