package fr.tierslieu.governance.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Differences between two texts of the charter, computed by java-diff-utils (Myers): line by line,
 * word by word inside a paragraph, and article by article — what a board reads before it votes a
 * new version: which articles are new, gone or changed, and in a changed one the words added and
 * removed.
 */
public final class TextDiff {

    private static final Pattern ARTICLE = Pattern.compile("^Article \\d+ – (.*)$");
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {}

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** A line, or a run of words, and whether it is kept, added or removed. */
    public record Line(Kind kind, String text) {}

    public enum Status {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** One article of the comparison: its heading, what happened to it, its text as runs of words. */
    public record Article(String heading, Status status, List<Line> body) {}

    /** Line by line. */
    public static List<Line> diff(String before, String after) {
        return merge(lines(before), lines(after));
    }

    /** Word by word (spaces kept), e.g. for a paragraph changed in a few words. */
    public static List<Line> words(String before, String after) {
        return join(merge(tokens(before), tokens(after)));
    }

    /**
     * Article by article, for texts written as the charter's versions are ("Article 1 – Heading",
     * its paragraphs, a blank line): articles matched by their heading, in the order of the newer
     * text, a removed one where it stood.
     */
    public static List<Article> articles(String before, String after) {
        Map<String, String> old = split(before);
        Map<String, String> now = split(after);
        List<String> oldHeadings = new ArrayList<>(old.keySet());
        List<Article> out = new ArrayList<>();
        int nextOld = 0;
        for (Map.Entry<String, String> e : now.entrySet()) {
            int at = oldHeadings.indexOf(e.getKey());
            if (at >= nextOld) {
                for (int k = nextOld; k < at; k++) {
                    if (!now.containsKey(oldHeadings.get(k))) {
                        out.add(new Article(
                                oldHeadings.get(k),
                                Status.REMOVED,
                                List.of(new Line(Kind.REMOVED, old.get(oldHeadings.get(k))))));
                    }
                }
                nextOld = at + 1;
            }
            if (at < 0) {
                out.add(new Article(e.getKey(), Status.ADDED, List.of(new Line(Kind.ADDED, e.getValue()))));
            } else {
                String was = old.get(e.getKey());
                out.add(
                        was.equals(e.getValue())
                                ? new Article(e.getKey(), Status.SAME, List.of(new Line(Kind.SAME, was)))
                                : new Article(e.getKey(), Status.CHANGED, words(was, e.getValue())));
            }
        }
        for (int k = nextOld; k < oldHeadings.size(); k++) {
            if (!now.containsKey(oldHeadings.get(k))) {
                out.add(new Article(
                        oldHeadings.get(k),
                        Status.REMOVED,
                        List.of(new Line(Kind.REMOVED, old.get(oldHeadings.get(k))))));
            }
        }
        return out;
    }

    /** The articles of a charter text, by heading (a text before any heading is article "", the preamble). */
    static Map<String, String> split(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines(text)) {
            Matcher m = ARTICLE.matcher(line);
            if (m.matches()) {
                if (heading != null || !body.toString().isBlank()) {
                    out.put(heading == null ? "" : heading, body.toString().strip());
                }
                heading = m.group(1).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (heading != null || !body.toString().isBlank()) {
            out.put(heading == null ? "" : heading, body.toString().strip());
        }
        return out;
    }

    private static List<Line> merge(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            for (; i < d.getSource().getPosition(); i++) {
                out.add(new Line(Kind.SAME, a.get(i)));
            }
            d.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            d.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
            i += d.getSource().size();
        }
        for (; i < a.size(); i++) {
            out.add(new Line(Kind.SAME, a.get(i)));
        }
        return out;
    }

    /**
     * Consecutive words of one kind as one run; a change is read as one removed run then one added
     * run, the spaces between its words going with it (not "old1 new1 old2 new2" word by word).
     */
    private static List<Line> join(List<Line> tokens) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() == Kind.SAME) {
                append(out, tokens.get(i++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            while (i < tokens.size()) {
                Line t = tokens.get(i);
                if (t.kind() == Kind.SAME) {
                    // spaces between two changed words belong to the change
                    boolean spaces = t.text().isBlank();
                    if (!spaces || i + 1 >= tokens.size() || tokens.get(i + 1).kind() == Kind.SAME) {
                        break;
                    }
                    removed.append(t.text());
                    added.append(t.text());
                } else {
                    (t.kind() == Kind.REMOVED ? removed : added).append(t.text());
                }
                i++;
            }
            if (removed.length() > 0 && !removed.toString().isBlank()) {
                append(out, new Line(Kind.REMOVED, removed.toString()));
            }
            if (added.length() > 0 && !added.toString().isBlank()) {
                append(out, new Line(Kind.ADDED, added.toString()));
            }
        }
        return out;
    }

    private static void append(List<Line> out, Line t) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == t.kind()) {
            Line last = out.remove(out.size() - 1);
            out.add(new Line(t.kind(), last.text() + t.text()));
        } else {
            out.add(t);
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = WORDS.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
