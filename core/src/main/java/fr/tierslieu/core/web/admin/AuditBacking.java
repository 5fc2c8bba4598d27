package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.audit.AuditFilter;
import fr.tierslieu.core.application.audit.AuditLog;
import fr.tierslieu.core.domain.audit.AuditAction;
import fr.tierslieu.core.domain.audit.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The audit log, newest first, filtered by record type, user, action, dates and text. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String entityType;
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private List<String> entityTypes;
    private LazyDataModel<AuditEntry> model;

    @PostConstruct
    void init() {
        entityTypes = log.entityTypes();
        model = new LazyDataModel<>() {
            @Serial
            private static final long serialVersionUID = 1L;
            private transient List<AuditEntry> last;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) log.count(filter());
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                last = log.entries(filter(), first, Math.max(1, pageSize));
                return last;
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return entry.getId();
            }

            @Override
            public AuditEntry getRowData(String rowKey) {
                return last == null ? null : last.stream().filter(e -> e.getId().equals(rowKey)).findFirst().orElse(null);
            }
        };
    }

    /** The entry's changed fields, for the "old → new" list of a row. */
    public java.util.List<fr.tierslieu.core.application.audit.AuditChange> changesOf(AuditEntry entry) {
        return fr.tierslieu.core.application.audit.AuditChange.parse(entry.getChanges());
    }

    public AuditFilter filter() {
        return new AuditFilter(entityType, username, action, from, to, text);
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
