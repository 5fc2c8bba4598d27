package fr.tierslieu.studytrip.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidate destinations on weighted criteria. Each destination gets a score from 0 to 5 on
 * each criterion; its overall score is the weighted mean Σ(weight × score) / Σ weight, from 0 to 5.
 * A criterion not yet scored counts as 0 and is reported, so that an incomplete grid cannot pass
 * for a verdict. Ties keep the order in which the destinations were entered.
 */
public final class CriteriaGrid {

    private CriteriaGrid() {}

    public record Criterion(long id, String name, int weight) {}

    public record Candidate(long id, String name, Map<Long, Integer> scores) {}

    /** @param missing names of the criteria not scored yet */
    public record Ranked(long id, String name, double score, List<String> missing) {}

    public static List<Ranked> rank(List<Criterion> criteria, List<Candidate> candidates) {
        int totalWeight = criteria.stream().mapToInt(Criterion::weight).sum();
        List<Ranked> out = new ArrayList<>();
        for (Candidate c : candidates) {
            double sum = 0;
            List<String> missing = new ArrayList<>();
            for (Criterion k : criteria) {
                Integer s = c.scores().get(k.id());
                if (s == null) {
                    missing.add(k.name());
                } else {
                    sum += k.weight() * s;
                }
            }
            out.add(new Ranked(c.id(), c.name(), totalWeight == 0 ? 0 : sum / totalWeight, missing));
        }
        out.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return out;
    }
}
