package fr.tierslieu.core.application.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/**
 * A whole installation's data (every workspace, each row with its {@code workspace_id}) as one ZIP
 * document, the same on H2 and PostgreSQL: {@code manifest.json}
 * (format, the modules with their schema version and their tables with row counts) and one
 * {@code tables/<table>.jsonl} file per table, a JSON object per row, column → value (numbers
 * exact, dates ISO-8601, timestamps as instants). Export it from one database, import it into a
 * freshly migrated one of either kind.
 *
 * <p>What each module contributes is its tables, found by the module's table prefix
 * ({@code <id>_}, the naming rule every module follows; see {@code TiersLieuModule}), ordered so
 * that a row comes after the rows it refers to (foreign keys, read from the database itself).
 * Flyway's history tables and the readiness probe's row belong to the installation, not to the
 * workspace, and are left out. The import is all or nothing, checks that the schema versions
 * match and that the tables it fills are empty (the accounts, their audit and the settings of the
 * new installation are replaced by the document's), then moves each module's id sequence past the
 * largest id imported.</p>
 */
public final class WorkspaceArchive {

    /** Increase when the document's layout changes; the importer refuses other formats. */
    public static final int FORMAT = 1;

    private static final Set<String> NOT_WORKSPACE = Set.of("core_health_probe");
    /**
     * Tables a new installation already fills before anything can be imported (the administrator
     * who signs in to import, the audit of that sign-in, settings (the installation's and its first
     * workspace's, e.g. a checklist hidden before the import), the common base of the impact
     * indicators its migration inserts, its first workspace): the document's rows replace theirs.
     */
    private static final Set<String> REPLACED = Set.of(
            "core_app_user",
            "core_app_user_role",
            "core_audit_entry",
            "core_setting",
            "core_workspace_setting",
            "core_indicator",
            "core_workspace");
    /** The id sequences' increment, which EclipseLink uses as its allocation size (every module's migrations). */
    private static final int ALLOCATION = 50;

    private WorkspaceArchive() {}

    /** A module whose data goes into the document: its id and schema version (its last migration). */
    public record Module(String id, String schemaVersion) {}

    /** What an export or an import wrote: rows per table, in order. */
    public record Summary(Map<String, Long> rows) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The document cannot be imported here; nothing was written. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    public static Summary export(DataSource dataSource, List<Module> modules, OutputStream out)
            throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one consistent view of every table
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            JsonArrayBuilder mods = Json.createArrayBuilder();
            for (Module m : modules) {
                JsonArrayBuilder tables = Json.createArrayBuilder();
                for (String table : tables(c, m.id())) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                    long n = writeRows(c, table, zip);
                    zip.closeEntry();
                    counts.put(table, n);
                    tables.add(Json.createObjectBuilder().add("name", table).add("rows", n));
                }
                mods.add(Json.createObjectBuilder()
                        .add("id", m.id())
                        .add("schemaVersion", m.schemaVersion())
                        .add("tables", tables));
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write(Json.createObjectBuilder()
                    .add("format", FORMAT)
                    .add("application", "Tiers-Lieu Studio")
                    .add("exportedAt", Instant.now().toString())
                    .add("database", c.getMetaData().getDatabaseProductName())
                    .add("modules", mods)
                    .build()
                    .toString());
            w.flush();
            zip.closeEntry();
            zip.finish();
            c.commit();
        }
        return new Summary(counts);
    }

    public static Summary importInto(DataSource dataSource, List<Module> modules, InputStream in)
            throws IOException, SQLException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IllegalArgumentException e) {
            throw new Refused("not a workspace document (unreadable ZIP)");
        }
        byte[] manifestBytes = entries.get("manifest.json");
        if (manifestBytes == null) {
            throw new Refused("not a workspace document: manifest.json is missing");
        }
        JsonObject manifest;
        try (var reader = Json.createReader(new StringReader(new String(manifestBytes, StandardCharsets.UTF_8)))) {
            manifest = reader.readObject();
        } catch (RuntimeException e) {
            throw new Refused("not a workspace document: manifest.json is not JSON");
        }
        if (manifest.getInt("format", -1) != FORMAT) {
            throw new Refused(
                    "workspace document of format " + manifest.getInt("format", -1) + ", this version reads " + FORMAT);
        }
        Map<String, String> here = new HashMap<>();
        modules.forEach(m -> here.put(m.id(), m.schemaVersion()));
        List<String> order = new ArrayList<>();
        for (JsonValue v : manifest.getJsonArray("modules")) {
            JsonObject m = v.asJsonObject();
            String id = m.getString("id");
            if (!here.containsKey(id)) {
                throw new Refused(
                        "the document holds data of module '" + id + "', which this installation does not have");
            }
            if (!here.get(id).equals(m.getString("schemaVersion"))) {
                throw new Refused("module '" + id + "' is at schema version " + here.get(id) + " here and "
                        + m.getString("schemaVersion") + " in the document: upgrade the older one first");
            }
            for (JsonValue t : m.getJsonArray("tables")) {
                order.add(t.asJsonObject().getString("name"));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String table : order) {
                    if (!REPLACED.contains(table) && count(c, table) > 0) {
                        throw new Refused(
                                "table " + table + " is not empty: import a workspace into a new, empty installation");
                    }
                }
                for (int i = order.size() - 1; i >= 0; i--) {
                    if (REPLACED.contains(order.get(i))) {
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("DELETE FROM " + order.get(i));
                        }
                    }
                }
                for (String table : order) {
                    byte[] rows = entries.get("tables/" + table + ".jsonl");
                    counts.put(table, rows == null ? 0 : readRows(c, table, rows));
                }
                for (Module m : modules) {
                    advanceSequence(c, m.id());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return new Summary(counts);
    }

    /** A module's tables (prefix {@code <id>_}), each after the tables it refers to. */
    static List<String> tables(Connection c, String moduleId) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String prefix = moduleId.toLowerCase(Locale.ROOT) + "_";
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet r = meta.getTables(null, schema(c), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith(prefix) && !name.startsWith("flyway_") && !NOT_WORKSPACE.contains(name)) {
                    names.add(name);
                }
            }
        }
        List<String> sorted = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String n : names.stream().sorted().toList()) {
            visit(meta, c, n, names, sorted, visiting);
        }
        return sorted;
    }

    private static void visit(
            DatabaseMetaData meta,
            Connection c,
            String table,
            Set<String> all,
            List<String> sorted,
            Set<String> visiting)
            throws SQLException {
        if (sorted.contains(table) || !visiting.add(table)) {
            return; // done, or a cycle (a table referring to itself): its own order is kept
        }
        try (ResultSet r = meta.getImportedKeys(null, schema(c), storedName(c, table))) {
            while (r.next()) {
                String parent = r.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (all.contains(parent) && !parent.equals(table)) {
                    visit(meta, c, parent, all, sorted, visiting);
                }
            }
        }
        visiting.remove(table);
        sorted.add(table);
    }

    private static String schema(Connection c) throws SQLException {
        return c.getSchema();
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String storedName(Connection c, String table) throws SQLException {
        return c.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long writeRows(Connection c, String table, OutputStream out) throws SQLException, IOException {
        long n = 0;
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String order = orderBy(c, table);
        // A table without a primary key (a collection table) has no order both databases agree on:
        // its lines are sorted here, so that the same rows are the same bytes on H2 and PostgreSQL.
        List<String> unordered = order.isEmpty() ? new ArrayList<>() : null;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM " + table + order)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String column = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    row.add(column, json(r, i, md.getColumnType(i)));
                }
                String line = row.build().toString();
                if (unordered != null) {
                    unordered.add(line);
                } else {
                    w.write(line);
                    w.write('\n');
                }
                n++;
            }
        }
        if (unordered != null) {
            Collections.sort(unordered);
            for (String line : unordered) {
                w.write(line);
                w.write('\n');
            }
        }
        w.flush();
        return n;
    }

    /** Rows in primary-key order, so that two exports of the same data are the same bytes. */
    private static String orderBy(Connection c, String table) throws SQLException {
        // JDBC lists key columns by name, in an order each driver chooses: KEY_SEQ is the key's own order
        java.util.TreeMap<Short, String> keys = new java.util.TreeMap<>();
        try (ResultSet r = c.getMetaData().getPrimaryKeys(null, schema(c), storedName(c, table))) {
            while (r.next()) {
                keys.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys.values());
    }

    private static JsonValue json(ResultSet r, int i, int type) throws SQLException {
        Object v = r.getObject(i);
        if (v == null) {
            return JsonValue.NULL;
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> r.getBoolean(i) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Json.createValue(r.getLong(i));
            case Types.DECIMAL, Types.NUMERIC -> Json.createValue(r.getBigDecimal(i));
            // a floating-point column as the double it is: the drivers' BigDecimal of 2.0 is « 2.0 »
            // on H2 and « 2 » on PostgreSQL, which would make the same figure two fingerprints
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Json.createValue(r.getDouble(i));
            case Types.DATE -> Json.createValue(r.getDate(i).toLocalDate().toString());
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                Json.createValue(r.getTimestamp(i).toInstant().toString());
            case Types.CLOB -> Json.createValue(clob(r.getClob(i)));
            default -> Json.createValue(r.getString(i));
        };
    }

    private static String clob(Clob clob) throws SQLException {
        return clob.getSubString(1, (int) clob.length());
    }

    private static long readRows(Connection c, String table, byte[] rows) throws SQLException, IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet r = c.getMetaData().getColumns(null, schema(c), storedName(c, table), null)) {
            while (r.next()) {
                types.put(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), r.getInt("DATA_TYPE"));
            }
        }
        long n = 0;
        Map<String, PreparedStatement> statements = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new java.io.ByteArrayInputStream(rows), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject row;
                try (var reader = Json.createReader(new StringReader(line))) {
                    row = reader.readObject();
                }
                List<String> columns = new ArrayList<>(row.keySet());
                for (String col : columns) {
                    if (!types.containsKey(col)) {
                        throw new Refused("table " + table + " has no column " + col + " here");
                    }
                }
                String key = String.join(",", columns);
                PreparedStatement insert = statements.get(key);
                if (insert == null) {
                    insert = c.prepareStatement("INSERT INTO " + table + " (" + key + ") VALUES ("
                            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
                    statements.put(key, insert);
                }
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, row.get(columns.get(i)), types.get(columns.get(i)));
                }
                insert.addBatch();
                if (++n % 500 == 0) {
                    insert.executeBatch();
                }
            }
            for (PreparedStatement s : statements.values()) {
                s.executeBatch();
            }
        } finally {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
        return n;
    }

    private static void bind(PreparedStatement s, int index, JsonValue v, int type) throws SQLException {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            s.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> s.setBoolean(index, v == JsonValue.TRUE);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> s.setInt(index, ((JsonNumber) v).intValueExact());
            case Types.BIGINT -> s.setLong(index, ((JsonNumber) v).longValueExact());
            case Types.DECIMAL, Types.NUMERIC -> s.setBigDecimal(index, ((JsonNumber) v).bigDecimalValue());
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> s.setDouble(index, ((JsonNumber) v).doubleValue());
            case Types.DATE -> s.setDate(index, java.sql.Date.valueOf(LocalDate.parse(((JsonString) v).getString())));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                s.setTimestamp(index, Timestamp.from(Instant.parse(((JsonString) v).getString())));
            default ->
                s.setString(
                        index,
                        v instanceof JsonString str
                                ? str.getString()
                                : v instanceof JsonNumber num
                                        ? num.bigDecimalValue().toPlainString()
                                        : v.toString());
        }
    }

    /** Moves the module's id sequence ({@code <id>_seq}) past the largest id of its tables. */
    private static void advanceSequence(Connection c, String moduleId) throws SQLException {
        long max = 0;
        for (String table : tables(c, moduleId)) {
            boolean hasId = false;
            try (ResultSet r = c.getMetaData().getColumns(null, schema(c), storedName(c, table), storedName(c, "id"))) {
                // numeric ids only (the audit log's are UUIDs)
                hasId = r.next() && (r.getInt("DATA_TYPE") == Types.BIGINT || r.getInt("DATA_TYPE") == Types.INTEGER);
            }
            if (hasId) {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT MAX(id) FROM " + table)) {
                    r.next();
                    max = Math.max(max, r.getLong(1));
                }
            }
        }
        String sequence = moduleId.toLowerCase(Locale.ROOT) + "_seq";
        boolean exists;
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.sequences WHERE LOWER(sequence_name) = ?")) {
            q.setString(1, sequence);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                exists = r.getLong(1) > 0;
            }
        }
        if (!exists || max == 0) {
            return;
        }
        // EclipseLink takes ids by blocks of the sequence's increment (50) ending at the value it
        // draws: the next value must be past every imported id plus one block
        long next = max + 1 + ALLOCATION;
        boolean postgres = c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement s = c.createStatement()) {
            s.execute(
                    postgres
                            ? "SELECT setval('" + sequence + "', " + next + ", false)"
                            : "ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per table and a checksum of each table's content, for tests and for checking a restore. */
    public static Map<String, String> fingerprint(DataSource dataSource, List<Module> modules)
            throws SQLException, IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (Module m : modules) {
                for (String table : tables(c, m.id())) {
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    long n = writeRows(c, table, bytes);
                    out.put(table, n + " rows, sha-256 " + sha256(bytes.toByteArray()));
                }
            }
        }
        return out;
    }

    /** The schema version of a module here: the last migration recorded in its Flyway history. */
    public static String schemaVersion(DataSource dataSource, String moduleId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history_" + moduleId.toLowerCase(Locale.ROOT)
                                + "\" WHERE \"success\" ORDER BY \"installed_rank\" DESC")) {
            return r.next() ? r.getString(1) : "0";
        }
    }
}
