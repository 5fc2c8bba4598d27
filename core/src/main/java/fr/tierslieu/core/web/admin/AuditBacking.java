package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.audit.AuditFilter;
import fr.tierslieu.core.application.audit.AuditLog;
import fr.tierslieu.core.domain.audit.AuditAction;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.web.i18n.Msg;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log, newest first, filtered by record type, user, action, dates and text. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    fr.tierslieu.core.application.i18n.MessageBundles bundles;

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
            public List<AuditEntry> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                last = log.entries(filter(), first, Math.max(1, pageSize));
                return last;
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return entry.getId();
            }

            @Override
            public AuditEntry getRowData(String rowKey) {
                return last == null
                        ? null
                        : last.stream()
                                .filter(e -> e.getId().equals(rowKey))
                                .findFirst()
                                .orElse(null);
            }
        };
    }

    /** The kind of record as people name it: « Compte » for {@code core.AppUser}. */
    public String entityLabel(String entityType) {
        return entityLabel(entityType, Msg.locale());
    }

    String entityLabel(String entityType, java.util.Locale locale) {
        String label = entityType == null ? null : bundles.get(locale, entityKey(entityType));
        return label == null || label.startsWith("???") ? entityType : label;
    }

    /** A changed field as people name it: « Dernière connexion » for {@code lastLoginAt}; else the words of its name. */
    public String fieldLabel(String field) {
        return fieldLabel(field, Msg.locale());
    }

    String fieldLabel(String field, java.util.Locale locale) {
        if (field == null) {
            return "";
        }
        String root = field.replaceAll("[\\[/.].*", "");
        String label = bundles.get(locale, "core.audit.field." + root);
        if (!label.startsWith("???")) {
            return root.equals(field) ? label : label + " " + field.substring(root.length());
        }
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A stored value as people read it: an enum constant by its label (« Confirmée » for CONFIRMED). */
    public String valueLabel(String entityType, String value) {
        return valueLabel(entityType, value, Msg.locale());
    }

    String valueLabel(String entityType, String value, java.util.Locale locale) {
        if (value == null || value.isEmpty()) {
            return "∅";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return bundles.get(locale, "true".equals(value) ? "core.action.yes" : "core.action.no");
        }
        String module = entityType == null || entityType.indexOf('.') < 0
                ? "core"
                : entityType.substring(0, entityType.indexOf('.'));
        String label = bundles.constantLabel(locale, module, value);
        return label == null ? value : label;
    }

    private static String entityKey(String entityType) {
        int dot = entityType.indexOf('.');
        return dot < 0
                ? "core.entity." + entityType
                : entityType.substring(0, dot) + ".entity." + entityType.substring(dot + 1);
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
