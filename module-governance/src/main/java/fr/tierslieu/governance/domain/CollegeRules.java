package fr.tierslieu.governance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a SCIC's voting colleges must follow (loi n° 47-1775 du 10 septembre 1947, art. 19
 * octies): colleges are optional — the statutes may create them; when they do, there are three to
 * ten, none with less than 10 % nor more than 50 % of the votes, and the weights sum to 100 %.
 * Each problem names the college at fault. (What the law requires of every SCIC is at least three
 * categories of associates, art. 19 septies: that is a matter of the register of associates.)
 */
public final class CollegeRules {

    public static final int MIN_COLLEGES = 3;
    public static final int MAX_COLLEGES = 10;
    public static final double MIN_WEIGHT = 10;
    public static final double MAX_WEIGHT = 50;

    private CollegeRules() {}

    /** A problem: a message key (under {@code governance.college.rule.}) and its arguments. */
    public record Problem(String key, String college, double value) {}

    public static List<Problem> checkScic(List<TallyInput.College> colleges) {
        List<Problem> problems = new ArrayList<>();
        if (colleges.isEmpty()) {
            return problems; // no colleges: one associate, one vote
        }
        if (colleges.size() < MIN_COLLEGES) {
            problems.add(new Problem("tooFew", null, colleges.size()));
        } else if (colleges.size() > MAX_COLLEGES) {
            problems.add(new Problem("tooMany", null, colleges.size()));
        }
        double total = 0;
        for (TallyInput.College c : colleges) {
            total += c.weight();
            if (c.weight() < MIN_WEIGHT - 1e-9) {
                problems.add(new Problem("tooLight", c.name(), c.weight()));
            } else if (c.weight() > MAX_WEIGHT + 1e-9) {
                problems.add(new Problem("tooHeavy", c.name(), c.weight()));
            }
        }
        if (Math.abs(total - 100) > 1e-6) {
            problems.add(new Problem("total", null, total));
        }
        return problems;
    }
}
