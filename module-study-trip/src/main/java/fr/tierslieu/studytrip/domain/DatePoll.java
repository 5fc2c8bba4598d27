package fr.tierslieu.studytrip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The date poll: each invitee answers yes, if needed or no for each candidate date. The best date
 * is the one with the most "yes"; ties are broken by the most "yes" + "if needed" (people who could
 * come), then by the fewest "no", then the earliest date. Invitees who have not answered count for
 * nothing (they are listed apart as missing answers).
 */
public final class DatePoll {

    private DatePoll() {}

    public enum Answer {
        YES,
        IF_NEEDED,
        NO
    }

    /** The count of each answer for a date. */
    public record Tally(long dateId, LocalDate day, int yes, int ifNeeded, int no) {
        public int possible() {
            return yes + ifNeeded;
        }
    }

    /** Counts per date, in the order of {@code dates}. */
    public static List<Tally> tally(Map<Long, LocalDate> dates, List<Map<Long, Answer>> answers) {
        List<Tally> out = new ArrayList<>();
        for (Map.Entry<Long, LocalDate> d : dates.entrySet()) {
            int yes = 0;
            int ifNeeded = 0;
            int no = 0;
            for (Map<Long, Answer> a : answers) {
                Answer x = a.get(d.getKey());
                if (x == Answer.YES) {
                    yes++;
                } else if (x == Answer.IF_NEEDED) {
                    ifNeeded++;
                } else if (x == Answer.NO) {
                    no++;
                }
            }
            out.add(new Tally(d.getKey(), d.getValue(), yes, ifNeeded, no));
        }
        return out;
    }

    /** The best date, or null when nobody has answered yes or if needed to any date. */
    public static Tally best(List<Tally> tallies) {
        return tallies.stream()
                .filter(t -> t.possible() > 0)
                .min(Comparator.comparingInt((Tally t) -> -t.yes())
                        .thenComparingInt(t -> -t.possible())
                        .thenComparingInt(Tally::no)
                        .thenComparing(Tally::day))
                .orElse(null);
    }
}
