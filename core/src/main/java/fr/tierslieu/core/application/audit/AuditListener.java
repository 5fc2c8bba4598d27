package fr.tierslieu.core.application.audit;

import fr.tierslieu.core.application.workspace.WorkspaceContext;
import fr.tierslieu.core.domain.audit.AuditAction;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes one {@link AuditEntry} row per inserted, updated or deleted entity, with the old and new
 * value of every changed field. It is an EclipseLink descriptor listener (added to every entity
 * of every module by {@link AuditSessionCustomizer}), because only the provider knows the old
 * values without each entity keeping a snapshot. The row is written with the same session, hence
 * the same connection and transaction, as the change itself: a rolled-back change leaves no entry.
 */
public class AuditListener extends DescriptorEventAdapter {

    static final String INSERT_SQL = "INSERT INTO core_audit_entry "
            + "(id, occurred_at, username, action, entity_type, entity_id, label, changes, workspace_id) "
            + "VALUES (#id, #at, #username, #action, #type, #entityId, #label, #changes, #workspace)";
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt", "lastUsedAt");
    private static final int VALUE_MAX = 500;
    private static final int CHANGES_MAX = 20000;
    private static final int JSON_CHANGES_MAX = 100;

    private final String entityType;

    public AuditListener(String entityType) {
        this.entityType = entityType;
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        List<String[]> changes = new ArrayList<>();
        describeAll(event.getDescriptor(), event.getObject(), "", changes, false);
        write(event.getSession(), AuditAction.CREATE, event, changes);
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null || !changeSet.hasChanges()) {
            return;
        }
        List<String[]> changes = new ArrayList<>();
        describeChanges(changeSet, "", changes);
        if (!changes.isEmpty()) {
            write(event.getSession(), AuditAction.UPDATE, event, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        List<String[]> changes = new ArrayList<>();
        describeAll(event.getDescriptor(), event.getObject(), "", changes, true);
        write(event.getSession(), AuditAction.DELETE, event, changes);
    }

    private void write(Session session, AuditAction action, DescriptorEvent event, List<String[]> changes) {
        Object entity = event.getObject();
        Object id = event.getDescriptor()
                .getObjectBuilder()
                .extractPrimaryKeyFromObject(
                        entity, (org.eclipse.persistence.internal.sessions.AbstractSession) session);
        String label =
                entity instanceof fr.tierslieu.core.domain.shared.Auditable a ? truncate(a.auditLabel(), 200) : null;
        DataModifyQuery query = new DataModifyQuery();
        query.setSQLString(INSERT_SQL);
        query.setAllowNativeSQLQuery(true); // names its workspace itself
        for (String arg :
                List.of("id", "at", "username", "action", "type", "entityId", "label", "changes", "workspace")) {
            query.addArgument(arg);
        }
        List<Object> values = new ArrayList<>();
        values.add(UUID.randomUUID().toString());
        values.add(Timestamp.from(Instant.now()));
        values.add(truncate(AuditUser.current(), 60));
        values.add(action.name());
        values.add(entityType);
        values.add(id == null ? null : truncate(String.valueOf(id), 60));
        values.add(label);
        values.add(truncate(toJson(changes), CHANGES_MAX));
        Object workspace = session.getProperty(WorkspaceScoped.PROPERTY);
        values.add(workspace == null ? WorkspaceContext.current() : workspace);
        session.executeQuery(query, values);
    }

    private void describeChanges(ObjectChangeSet changeSet, String prefix, List<String[]> out) {
        for (ChangeRecord record : changeSet.getChanges()) {
            String name = prefix + record.getAttribute();
            if (IGNORED.contains(record.getAttribute())) {
                continue;
            }
            if (record instanceof DirectToFieldChangeRecord direct) {
                if (!jsonChanges(name, direct.getOldValue(), direct.getNewValue(), out)) {
                    out.add(new String[] {name, render(name, direct.getOldValue()), render(name, direct.getNewValue())
                    });
                }
            } else if (record instanceof AggregateChangeRecord aggregate && aggregate.getChangedObject() != null) {
                describeChanges(aggregate.getChangedObject(), name + ".", out);
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                ObjectChangeSet target = reference.getNewValue();
                out.add(new String[] {
                    name, referenceId(reference.getOldValue()), target == null ? null : String.valueOf(target.getId())
                });
            } else if (record instanceof DirectCollectionChangeRecord collection) {
                out.add(new String[] {name, "-" + collection.getRemoveObjectList(), "+" + collection.getAddObjectList()
                });
            }
        }
    }

    /**
     * A field holding a JSON document (an economic model) is described by the JSON paths that
     * changed, each with its old and new value ({@code specJson/activities/3/unitPrice: 420 → 450}),
     * computed with JSON-P's own diff (RFC 6902): the whole documents would be cut before the first
     * difference. At most {@value #JSON_CHANGES_MAX} paths, then a count.
     *
     * @return false when the values are not both JSON documents
     */
    static boolean jsonChanges(String name, Object before, Object after, List<String[]> out) {
        if (!(before instanceof String b) || !(after instanceof String a) || !looksLikeJson(b) || !looksLikeJson(a)) {
            return false;
        }
        jakarta.json.JsonStructure source;
        jakarta.json.JsonStructure target;
        try (var r1 = jakarta.json.Json.createReader(new java.io.StringReader(b));
                var r2 = jakarta.json.Json.createReader(new java.io.StringReader(a))) {
            source = r1.read();
            target = r2.read();
        } catch (RuntimeException e) {
            return false;
        }
        jakarta.json.JsonArray ops =
                jakarta.json.Json.createDiff(source, target).toJsonArray();
        int shown = 0;
        for (jakarta.json.JsonValue v : ops) {
            if (shown == JSON_CHANGES_MAX) {
                out.add(new String[] {name, null, "… " + (ops.size() - shown) + " more changes"});
                break;
            }
            jakarta.json.JsonObject op = v.asJsonObject();
            String path = op.getString("path", "");
            String kind = op.getString("op", "");
            String old = null;
            if (!"add".equals(kind)) {
                try {
                    old = jsonText(jakarta.json.Json.createPointer(path).getValue(source));
                } catch (RuntimeException e) {
                    old = null;
                }
            }
            String now = op.containsKey("value") ? jsonText(op.get("value")) : null;
            out.add(new String[] {name + path, truncate(old, VALUE_MAX), truncate(now, VALUE_MAX)});
            shown++;
        }
        return true;
    }

    private static boolean looksLikeJson(String s) {
        String t = s.strip();
        return t.length() > 1 && (t.charAt(0) == '{' && t.endsWith("}") || t.charAt(0) == '[' && t.endsWith("]"));
    }

    private static String jsonText(jakarta.json.JsonValue v) {
        return v instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(v);
    }

    private void describeAll(
            ClassDescriptor descriptor, Object object, String prefix, List<String[]> out, boolean asOld) {
        if (object == null) {
            return;
        }
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String name = prefix + mapping.getAttributeName();
            if (IGNORED.contains(mapping.getAttributeName())) {
                continue;
            }
            Object value = mapping.getAttributeValueFromObject(object);
            String rendered;
            if (mapping instanceof DirectToFieldMapping) {
                rendered = render(name, value);
            } else if (mapping instanceof AggregateObjectMapping aggregate) {
                describeAll(aggregate.getReferenceDescriptor(), value, name + ".", out, asOld);
                continue;
            } else if (mapping instanceof ObjectReferenceMapping reference) {
                Object target = reference.getRealAttributeValueFromObject(object, null);
                rendered = target == null ? null : referenceId(target);
            } else {
                continue;
            }
            if (rendered != null) {
                out.add(asOld ? new String[] {name, rendered, null} : new String[] {name, null, rendered});
            }
        }
    }

    private static String referenceId(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof fr.tierslieu.core.domain.shared.BaseEntity base) {
            return String.valueOf(base.getId());
        }
        return String.valueOf(entity);
    }

    private static String render(String attribute, Object value) {
        if (value == null) {
            return null;
        }
        if (attribute.toLowerCase(Locale.ROOT).contains("password")
                || attribute.toLowerCase(Locale.ROOT).contains("hash")) {
            return "********";
        }
        if (value instanceof Collection<?> c) {
            return truncate(c.toString(), VALUE_MAX);
        }
        return truncate(String.valueOf(value), VALUE_MAX);
    }

    static String toJson(List<String[]> changes) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < changes.size(); i++) {
            String[] c = changes.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"field\":")
                    .append(quote(c[0]))
                    .append(",\"old\":")
                    .append(quote(c[1]))
                    .append(",\"new\":")
                    .append(quote(c[2]))
                    .append('}');
        }
        return json.append(']').toString();
    }

    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>') {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
