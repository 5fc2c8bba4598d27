package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorExporter;
import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.web.i18n.Msg;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The actor table: filter bar, lazy sortable table, CSV and Excel export of what is filtered. */
@Named
@ViewScoped
public class ActorListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorService actors;

    @Inject
    ActorExporter exporter;

    private String text;
    private ActorType type;
    // Arrays, not lists: Faces converts the elements of an enum array, not of a generic list.
    private ActorKind[] kinds = new ActorKind[0];
    private MobilisationStatus[] statuses = new MobilisationStatus[0];
    private Stance[] stances = new Stance[0];
    private String[] tags = new String[0];
    private String commune;

    /** Built again after the page's state came from another instance of a cluster (its service is not serialized). */
    private transient ActorLazyModel model;

    private List<String> communeOptions;
    private List<String> tagOptions;

    @PostConstruct
    void init() {
        model = new ActorLazyModel(actors, this::filter);
        communeOptions = actors.communes();
        tagOptions = actors.tags();
    }

    public ActorFilter filter() {
        return new ActorFilter(text, type, Set.of(kinds), Set.of(statuses), Set.of(stances), Set.of(tags), commune);
    }

    /** Whether any filter is set: an empty table then says « no match » rather than « no actor yet ». */
    public boolean isFiltered() {
        return (text != null && !text.isBlank())
                || type != null
                || kinds.length > 0
                || statuses.length > 0
                || stances.length > 0
                || tags.length > 0
                || (commune != null && !commune.isBlank());
    }

    public void clearFilters() {
        text = null;
        type = null;
        kinds = new ActorKind[0];
        statuses = new MobilisationStatus[0];
        stances = new Stance[0];
        tags = new String[0];
        commune = null;
    }

    public StreamedContent getCsv() {
        Locale locale = Msg.locale();
        byte[] bytes = exporter.csv(filter(), locale);
        return DefaultStreamedContent.builder()
                .name("acteurs-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getXlsx() {
        Locale locale = Msg.locale();
        byte[] bytes = exporter.xlsx(filter(), locale);
        return DefaultStreamedContent.builder()
                .name("acteurs-" + LocalDate.now() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public ActorKind[] getKindOptions() {
        return ActorKind.values();
    }

    public MobilisationStatus[] getStatusOptions() {
        return MobilisationStatus.values();
    }

    public Stance[] getStanceOptions() {
        return Stance.values();
    }

    public ActorType[] getTypeOptions() {
        return ActorType.values();
    }

    public List<String> getCommuneOptions() {
        return communeOptions;
    }

    public List<String> getTagOptions() {
        return tagOptions;
    }

    /**
     * A filter changed: the table starts again at its first page (on page 3 of the whole registry,
     * a search with two results would otherwise show an empty page and the old count).
     */
    public void filterChanged() {
        jakarta.faces.component.UIComponent table = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .findComponent(":actorsForm:actorsTable");
        if (table instanceof org.primefaces.component.datatable.DataTable t) {
            t.setFirst(0);
        }
    }

    public ActorLazyModel getModel() {
        if (model == null) {
            model = new ActorLazyModel(actors, this::filter);
        }
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ActorType getType() {
        return type;
    }

    public void setType(ActorType type) {
        this.type = type;
    }

    public ActorKind[] getKinds() {
        return kinds;
    }

    public void setKinds(ActorKind[] kinds) {
        this.kinds = kinds == null ? new ActorKind[0] : kinds;
    }

    public MobilisationStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(MobilisationStatus[] statuses) {
        this.statuses = statuses == null ? new MobilisationStatus[0] : statuses;
    }

    public Stance[] getStances() {
        return stances;
    }

    public void setStances(Stance[] stances) {
        this.stances = stances == null ? new Stance[0] : stances;
    }

    public String[] getTags() {
        return tags;
    }

    public void setTags(String[] tags) {
        this.tags = tags == null ? new String[0] : tags;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }
}
