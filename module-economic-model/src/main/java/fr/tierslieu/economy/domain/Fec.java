package fr.tierslieu.economy.domain;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a FEC (fichier des écritures comptables, art. A47 A-1 of the livre des procédures fiscales):
 * the ledger export every French accounting software produces, one entry line per row, 18 columns
 * named in a header row (JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib,
 * CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet,
 * ValidDate, Montantdevise, Idevise), separated by tabs or vertical bars, in UTF-8 or ISO-8859-15,
 * dates as YYYYMMDD, amounts with a decimal comma.
 *
 * <p>Every line is checked (columns, date, amounts, account); only the result accounts matter for the
 * figures (classes 6 and 7): each of their entry lines is added to the model
 * line its account maps to, in the month of its EcritureDate — charges as debit − credit, products
 * as credit − debit. Accounts mapped to nothing are totalled apart so the user sees what was left
 * out. The format forbids the separator inside a field, so a field is what lies between two
 * separators (no quoting, which a CSV library would wrongly apply to a « " » in a label).</p>
 */
public final class Fec {

    /** Lines of one file at most (a year of a large association is a few tens of thousands). */
    public static final int MAX_LINES = 200_000;
    /** Bytes of one file at most. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Problems reported at most (then the reading stops: nothing is imported anyway). */
    public static final int MAX_PROBLEMS = 20;

    static final List<String> COLUMNS = List.of(
            "JournalCode",
            "JournalLib",
            "EcritureNum",
            "EcritureDate",
            "CompteNum",
            "CompteLib",
            "CompAuxNum",
            "CompAuxLib",
            "PieceRef",
            "PieceDate",
            "EcritureLib",
            "Debit",
            "Credit",
            "EcritureLet",
            "DateLet",
            "ValidDate",
            "Montantdevise",
            "Idevise");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * A problem of the file: its line (1 = the header; 0 = the file as a whole), a bundle key
     * ({@code economy.fec.*}) and its arguments.
     */
    public record Problem(int line, String key, Object... args) {}

    /**
     * @param sums     per model line and month, the amount (charges and products as positive amounts)
     * @param unmapped per result account mapped to nothing, its total over the file
     * @param entries  entry lines read
     */
    public record Result(
            Map<Actual.Line, Map<YearMonth, BigDecimal>> sums,
            Map<String, BigDecimal> unmapped,
            int entries,
            List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Fec() {}

    /** The text of a file: UTF-8 when it is valid UTF-8 (a BOM removed), else ISO-8859-15. */
    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("ISO-8859-15"));
        }
    }

    /**
     * Reads the file; a problem anywhere makes {@link Result#ok()} false (the caller imports nothing).
     *
     * @param mapping the model line of a result account, or empty to leave it out
     */
    public static Result read(String text, Function<String, Optional<Actual.Line>> mapping) {
        List<Problem> problems = new ArrayList<>();
        Map<Actual.Line, Map<YearMonth, BigDecimal>> sums = new EnumMap<>(Actual.Line.class);
        Map<String, BigDecimal> unmapped = new TreeMap<>();
        Map<String, Optional<Actual.Line>> resolved = new java.util.HashMap<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(0, "economy.fec.empty"));
            return new Result(sums, unmapped, 0, problems);
        }
        int end = text.indexOf('\n');
        String header = stripCr(end < 0 ? text : text.substring(0, end));
        char separator = header.indexOf('\t') >= 0 ? '\t' : header.indexOf('|') >= 0 ? '|' : 0;
        if (separator == 0) {
            problems.add(new Problem(1, "economy.fec.separator"));
            return new Result(sums, unmapped, 0, problems);
        }
        String[] names = split(header, separator);
        int date = index(names, "EcritureDate");
        int account = index(names, "CompteNum");
        int debit = index(names, "Debit");
        int credit = index(names, "Credit");
        if (names.length < COLUMNS.size() || date < 0 || account < 0 || debit < 0 || credit < 0) {
            problems.add(new Problem(1, "economy.fec.header", String.join(", ", COLUMNS)));
            return new Result(sums, unmapped, 0, problems);
        }
        int entries = 0;
        int lineNo = 1;
        int pos = end < 0 ? text.length() : end + 1;
        while (pos < text.length()) {
            int next = text.indexOf('\n', pos);
            String line = stripCr(next < 0 ? text.substring(pos) : text.substring(pos, next));
            pos = next < 0 ? text.length() : next + 1;
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (lineNo > MAX_LINES + 1) {
                problems.add(new Problem(0, "economy.fec.tooManyLines", MAX_LINES));
                break;
            }
            entries++;
            String[] f = split(line, separator);
            if (f.length != names.length) {
                problems.add(new Problem(lineNo, "economy.fec.columns", f.length, names.length));
            } else {
                String acc = f[account].strip();
                YearMonth month = null;
                try {
                    month = YearMonth.from(LocalDate.parse(f[date].strip(), DATE));
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(lineNo, "economy.fec.date", f[date]));
                }
                BigDecimal d = amount(f[debit]);
                BigDecimal c = amount(f[credit]);
                if (d == null || c == null) {
                    problems.add(new Problem(lineNo, "economy.fec.amount", d == null ? f[debit] : f[credit]));
                }
                char cls = acc.isEmpty() ? ' ' : acc.charAt(0);
                if (acc.isEmpty()) {
                    problems.add(new Problem(lineNo, "economy.fec.account"));
                } else if ((cls == '6' || cls == '7') && month != null && d != null && c != null) {
                    // every line is checked; only the result accounts (classes 6 and 7) are added up
                    BigDecimal value = cls == '6' ? d.subtract(c) : c.subtract(d);
                    Optional<Actual.Line> target = resolved.computeIfAbsent(acc, mapping);
                    if (target.isPresent()) {
                        sums.computeIfAbsent(target.get(), k -> new TreeMap<>()).merge(month, value, BigDecimal::add);
                    } else {
                        unmapped.merge(acc, value, BigDecimal::add);
                    }
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (problems.isEmpty() && entries == 0) {
            problems.add(new Problem(0, "economy.fec.empty"));
        }
        return new Result(
                sums, unmapped, entries, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
    }

    /** An amount as the FEC writes it (« 1234,56 », « 1234.56 », empty = 0), or null when unreadable. */
    static BigDecimal amount(String text) {
        String t = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (t.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (t.length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int index(String[] names, String column) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The fields between separators, the empty ones kept (« a||b » is three fields). */
    static String[] split(String line, char separator) {
        List<String> out = new ArrayList<>(18);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        out.add(line.substring(start));
        return out.toArray(new String[0]);
    }

    /**
     * The model line a result account goes to by default, from the associations' chart (ANC
     * 2018-06): 60–62 purchases and external charges, 63 taxes, 64 staff, 65 other current charges,
     * 66 financial charges, 681 depreciation, 70–73 and 75 (but 756) sales and own resources, 74
     * operating subsidies, 756 dues. Left out: 67/77 exceptional items (777 included), 686–689
     * and 78x provisions and fonds dédiés, 69 taxes on profits, 76 financial income, 79 transfers,
     * 86/87 contributions in kind (they are not in the books' result).
     */
    public static Optional<Actual.Line> defaultLine(String account) {
        String a = account.strip();
        if (a.startsWith("756")) {
            return Optional.of(Actual.Line.DUES);
        }
        if (a.startsWith("681")) {
            return Optional.of(Actual.Line.DEPRECIATION);
        }
        if (a.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (a.substring(0, 2)) {
                    case "60", "61", "62" -> Actual.Line.PURCHASES_EXTERNAL;
                    case "63" -> Actual.Line.TAXES;
                    case "64" -> Actual.Line.STAFF;
                    case "65" -> Actual.Line.OTHER_CHARGES;
                    case "66" -> Actual.Line.FINANCIAL;
                    case "70", "71", "72", "73", "75" -> Actual.Line.SALES;
                    case "74" -> Actual.Line.OPERATING_SUBSIDIES;
                    default -> null;
                });
    }

    /**
     * The mapping of a model: its own choices (account prefix → line, or null to leave out), the
     * longest matching prefix winning, then the chart's default.
     */
    public static Function<String, Optional<Actual.Line>> mapping(Map<String, Actual.Line> overrides) {
        return account -> {
            String best = null;
            for (String prefix : overrides.keySet()) {
                if (account.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            return best != null ? Optional.ofNullable(overrides.get(best)) : defaultLine(account);
        };
    }

    /** The header of a FEC, tab-separated (for tests, benchmarks and the documentation). */
    public static String header() {
        return String.join("\t", COLUMNS);
    }

    /** One entry line of a FEC, tab-separated, with French decimal commas. */
    public static String entry(
            String journal,
            int number,
            LocalDate date,
            String account,
            String label,
            BigDecimal debit,
            BigDecimal credit) {
        String d = date.format(DATE);
        return String.join(
                "\t",
                journal,
                journal,
                String.valueOf(number),
                d,
                account,
                label,
                "",
                "",
                "P" + number,
                d,
                label,
                debit.toPlainString().replace('.', ','),
                credit.toPlainString().replace('.', ','),
                "",
                "",
                d,
                "",
                "");
    }
}
