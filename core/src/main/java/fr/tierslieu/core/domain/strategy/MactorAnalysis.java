package fr.tierslieu.core.domain.strategy;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.project.Project;
import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One dated MACTOR analysis of a project: its actors (from the registry, in order), its
 * objectives, the direct influences (MID) and the positions (2MAO). The matrices are stored as
 * text, rows separated by {@code ;} and cells by {@code ,}, in the order of the actors and objectives.
 */
@Entity
@Table(name = "core_mactor_analysis")
public class MactorAnalysis extends WorkspaceScoped implements Auditable {

    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int MAX_ACTORS = 80;
    public static final int MAX_OBJECTIVES = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "analysed_on", nullable = false)
    private LocalDate analysedOn;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @ManyToMany
    @JoinTable(
            name = "core_mactor_actor",
            joinColumns = @JoinColumn(name = "analysis_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    private List<Actor> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "core_mactor_objective", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    private List<MactorObjective> objectives = new ArrayList<>();

    @Column(name = "mid_cells", nullable = false, length = 100000)
    private String midCells = "";

    @Column(name = "position_cells", nullable = false, length = 100000)
    private String positionCells = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MactorAnalysis() {}

    public MactorAnalysis(Project project, String title, LocalDate analysedOn) {
        this.project = project;
        this.title = title;
        this.analysedOn = analysedOn;
    }

    public void describe(String title, LocalDate analysedOn, String notes) {
        this.title = title;
        this.analysedOn = analysedOn;
        this.notes = notes;
    }

    /** Replaces actors, objectives and both matrices at once (sizes checked by the caller). */
    public void define(List<Actor> actors, List<MactorObjective> objectives, int[][] mid, int[][] positions) {
        this.actors.clear();
        this.actors.addAll(actors);
        this.objectives.clear();
        this.objectives.addAll(objectives);
        this.midCells = encode(mid);
        this.positionCells = encode(positions);
    }

    /** Removes an actor with its row and column of MID and its row of positions. */
    public boolean removeActor(long actorId) {
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).getId() == actorId) {
                int[][] mid = mid();
                int[][] pos = positions();
                int n = mid.length;
                int[][] newMid = new int[n - 1][n - 1];
                int[][] newPos = new int[n - 1][];
                for (int r = 0, rr = 0; r < n; r++) {
                    if (r == i) {
                        continue;
                    }
                    for (int c = 0, cc = 0; c < n; c++) {
                        if (c != i) {
                            newMid[rr][cc++] = mid[r][c];
                        }
                    }
                    newPos[rr++] = pos[r];
                }
                List<Actor> rest = new ArrayList<>(actors);
                rest.remove(i);
                define(rest, new ArrayList<>(objectives), newMid, newPos);
                return true;
            }
        }
        return false;
    }

    public int[][] mid() {
        return decode(midCells, actors.size(), actors.size());
    }

    public int[][] positions() {
        return decode(positionCells, actors.size(), objectives.size());
    }

    /** The analysis as the engine's input, with the actors' current names. */
    public MactorInput toInput() {
        return new MactorInput(
                actors.stream().map(Actor::getName).toList(),
                objectives.stream().map(MactorObjective::getLabel).toList(),
                mid(),
                positions());
    }

    public boolean[] keyObjectives() {
        boolean[] key = new boolean[objectives.size()];
        for (int j = 0; j < key.length; j++) {
            key[j] = objectives.get(j).isKey();
        }
        return key;
    }

    static String encode(int[][] matrix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < matrix.length; i++) {
            if (i > 0) {
                sb.append(';');
            }
            for (int j = 0; j < matrix[i].length; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(matrix[i][j]);
            }
        }
        return sb.toString();
    }

    /** Missing cells read as 0, so that a matrix always has the analysis's size. */
    static int[][] decode(String text, int rows, int columns) {
        int[][] matrix = new int[rows][columns];
        if (text == null || text.isEmpty()) {
            return matrix;
        }
        String[] lines = text.split(";", -1);
        for (int i = 0; i < Math.min(rows, lines.length); i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] cells = lines[i].split(",");
            for (int j = 0; j < Math.min(columns, cells.length); j++) {
                matrix[i][j] = Integer.parseInt(cells[j].trim());
            }
        }
        return matrix;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getAnalysedOn() {
        return analysedOn;
    }

    public String getNotes() {
        return notes;
    }

    public List<Actor> getActors() {
        return actors;
    }

    public List<MactorObjective> getObjectives() {
        return objectives;
    }
}
