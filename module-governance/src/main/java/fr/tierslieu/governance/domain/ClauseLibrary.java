package fr.tierslieu.governance.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause library the draft statutes and internal rules are written from: for each document
 * (statuts, règlement intérieur) and legal form, its articles in order, each with its legal
 * reference, its text with {@code {placeholders}} for the team's answers and facts, optional
 * variants chosen by an answer (e.g. renewal of the board by thirds) and optional presence
 * conditions (e.g. voting colleges). A placeholder without a value is written
 * « [à compléter : …] » and the article is flagged, never filled with a guess.
 */
public record ClauseLibrary(Map<String, String> fields, List<ClauseDocument> documents) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** One article as the library writes it. */
    public record Clause(
            String title,
            String reference,
            String text,
            String when,
            String otherwise,
            Map<String, Map<String, String>> variants) {}

    /** One document of the library, for the legal forms it serves. */
    public record ClauseDocument(String id, Set<LegalForm> forms, String title, List<Clause> articles) {}

    /** A part of an article's text: as written, or the mark of a missing answer. */
    public record Segment(String text, boolean missing) {}

    /** One article of a draft: numbered, its text in segments, the answers it still lacks. */
    public record DraftArticle(
            int number, String title, String reference, List<Segment> segments, List<String> missing) {

        public String text() {
            StringBuilder b = new StringBuilder();
            segments.forEach(s -> b.append(s.text()));
            return b.toString();
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    /** A draft document: its title and articles, those to complete flagged. */
    public record Draft(String id, LegalForm form, String title, List<DraftArticle> articles) {

        public List<DraftArticle> incomplete() {
            return articles.stream().filter(a -> !a.complete()).toList();
        }
    }

    /** The document {@code id} for {@code form}, if the library has one. */
    public Optional<ClauseDocument> document(String id, LegalForm form) {
        return documents.stream()
                .filter(d -> d.id().equals(id) && d.forms().contains(form))
                .findFirst();
    }

    /** The legal forms the library writes statutes for. */
    public Set<LegalForm> forms() {
        Set<LegalForm> forms = new LinkedHashSet<>();
        documents.stream().filter(d -> d.id().equals("statuts")).forEach(d -> forms.addAll(d.forms()));
        return forms;
    }

    /**
     * Writes {@code document} with {@code facts} (placeholder → text; a variant's field → the
     * variant's key; a condition → "true"): every article filled, or flagged with what it lacks.
     */
    public Draft write(ClauseDocument document, LegalForm form, Map<String, String> facts) {
        List<DraftArticle> articles = new ArrayList<>();
        for (Clause c : document.articles()) {
            String text = c.text();
            if (c.when() != null && !"true".equals(facts.get(c.when()))) {
                if (c.otherwise() == null) {
                    continue;
                }
                text = c.otherwise();
            }
            for (Map.Entry<String, Map<String, String>> v : c.variants().entrySet()) {
                String chosen = facts.get(v.getKey());
                String variant = chosen == null ? null : v.getValue().get(chosen);
                if (variant != null) {
                    text = text.replace("{" + v.getKey() + "}", variant);
                }
            }
            List<Segment> segments = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            fill(text, facts, segments, missing);
            articles.add(new DraftArticle(
                    articles.size() + 1, c.title(), c.reference(), List.copyOf(segments), List.copyOf(missing)));
        }
        List<Segment> title = new ArrayList<>();
        fill(document.title(), facts, title, new ArrayList<>());
        StringBuilder t = new StringBuilder();
        title.forEach(s -> t.append(s.text()));
        return new Draft(document.id(), form, t.toString(), List.copyOf(articles));
    }

    private void fill(String text, Map<String, String> facts, List<Segment> out, List<String> missing) {
        if (text == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(new Segment(text.substring(from, m.start()), false));
            }
            String key = m.group(1);
            String value = facts.get(key);
            if (value == null || value.isBlank()) {
                String label = fields.getOrDefault(key, key);
                out.add(new Segment("[à compléter\u202F: " + label + "]", true));
                if (!missing.contains(label)) {
                    missing.add(label);
                }
            } else {
                out.add(new Segment(value, false));
            }
            from = m.end();
        }
        if (from < text.length()) {
            out.add(new Segment(text.substring(from), false));
        }
    }
}
