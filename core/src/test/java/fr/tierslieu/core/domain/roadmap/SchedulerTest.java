package fr.tierslieu.core.domain.roadmap;

import static fr.tierslieu.core.domain.roadmap.PlanLink.of;
import static fr.tierslieu.core.domain.roadmap.PlanTask.milestone;
import static fr.tierslieu.core.domain.roadmap.PlanTask.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchedulerTest {

    /** Monday 2 March 2026. Easter 2026 is Sunday 5 April. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static TaskSchedule only(Schedule s, long id) {
        return s.task(id).orElseThrow();
    }

    @Nested
    class Holidays {
        @ParameterizedTest
        @CsvSource({
            "2000,2000-04-23",
            "2024,2024-03-31",
            "2025,2025-04-20",
            "2026,2026-04-05",
            "2027,2027-03-28",
            "2038,2038-04-25",
            "1818,1818-03-22",
            "1943,1943-04-25",
            "2285,2285-03-22"
        })
        void easterSundays(int year, LocalDate easter) {
            assertThat(FrenchHolidays.easter(year)).isEqualTo(easter);
        }

        @Test
        void elevenHolidaysIn2026WithTheMovingOnes() {
            assertThat(FrenchHolidays.of(2026))
                    .hasSize(11)
                    .contains(d(4, 6), d(5, 14), d(5, 25), d(1, 1), d(7, 14), d(11, 11), d(12, 25));
            assertThat(FrenchHolidays.isHoliday(d(5, 14))).isTrue();
            assertThat(FrenchHolidays.isHoliday(d(5, 15))).isFalse();
        }

        @Test
        void calendarSkipsWeekendsAndHolidays() {
            WorkingCalendar cal = new WorkingCalendar(d(4, 1), d(4, 30));
            assertThat(cal.date(0)).isEqualTo(d(4, 1));
            assertThat(cal.date(3)).isEqualTo(d(4, 7)); // Fri 3, then Easter Monday 6 skipped
            assertThat(cal.date(cal.onOrAfter(d(4, 4)))).isEqualTo(d(4, 7));
            assertThat(cal.date(cal.onOrBefore(d(4, 6)))).isEqualTo(d(4, 3));
            assertThat(cal.size()).isEqualTo(21);
            assertThatThrownBy(() -> cal.onOrAfter(d(5, 2))).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Nested
    class Forward {
        @Test
        void aTaskStartsTodayAndCountsWorkingDaysInclusive() {
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 3)), List.of(), TODAY);
            assertThat(only(s, 1).earliestStart()).isEqualTo(d(3, 2));
            assertThat(only(s, 1).earliestFinish()).isEqualTo(d(3, 4));
            assertThat(s.end()).isEqualTo(d(3, 4));
            assertThat(s.issues()).isEmpty();
        }

        @Test
        void todayOnAWeekendMeansNextMonday() {
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 1)), List.of(), d(2, 28));
            assertThat(only(s, 1).earliestStart()).isEqualTo(d(3, 2));
        }

        @Test
        void finishToStartWithLag() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 3), task(2, "B", 2)), List.of(new PlanLink(1, 2, 1)), TODAY);
            // A Mon–Wed, one day of lag (Thu), B Fri and Mon
            assertThat(only(s, 2).earliestStart()).isEqualTo(d(3, 6));
            assertThat(only(s, 2).earliestFinish()).isEqualTo(d(3, 9));
        }

        @Test
        void negativeLagOverlaps() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 5), task(2, "B", 2)), List.of(new PlanLink(1, 2, -2)), TODAY);
            assertThat(only(s, 2).earliestStart()).isEqualTo(d(3, 5));
        }

        @Test
        void taskAcrossEasterMondaySkipsIt() {
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 3).startingFrom(d(4, 2))), List.of(), TODAY);
            assertThat(only(s, 1).earliestStart()).isEqualTo(d(4, 2));
            assertThat(only(s, 1).earliestFinish()).isEqualTo(d(4, 7));
        }

        @Test
        void maySkipsItsHolidays() {
            // From Thu 30 April: 30, (1 May Fri off), 4, 5, 6, 7, (8 May off), 11, 12, 13, (14 Ascension), 15
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 9).startingFrom(d(4, 30))), List.of(), TODAY);
            assertThat(only(s, 1).earliestFinish()).isEqualTo(d(5, 15));
        }

        @Test
        void aMilestoneWaitsForItsLatestPredecessor() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 2), task(2, "B", 4), new PlanTask(3, "M", 0, true, null, null, false)),
                    List.of(of(1, 3), of(2, 3)),
                    TODAY);
            // B Mon 2 – Thu 5; the milestone is reached at the start of Fri 6
            assertThat(only(s, 3).earliestStart()).isEqualTo(d(3, 6));
            assertThat(only(s, 3).earliestFinish()).isEqualTo(d(3, 6));
        }

        @Test
        void finishedMilestonesKeepTheirPastDateAndConstrainNothing() {
            PlanTask past = milestone(1, "Temps 1", d(2, 10)).finished();
            Schedule s = Scheduler.schedule(List.of(past, task(2, "Suite", 2)), List.of(new PlanLink(1, 2, 30)), TODAY);
            assertThat(only(s, 1).earliestStart()).isEqualTo(d(2, 10));
            assertThat(only(s, 1).critical()).isFalse();
            assertThat(only(s, 2).earliestStart()).isEqualTo(TODAY);
            assertThat(s.issues()).isEmpty();
        }

        @Test
        void finishedTasksTakeNoTime() {
            Schedule s =
                    Scheduler.schedule(List.of(task(1, "A", 10).finished(), task(2, "B", 1)), List.of(of(1, 2)), TODAY);
            assertThat(only(s, 2).earliestStart()).isEqualTo(TODAY);
        }
    }

    @Nested
    class Backward {
        @Test
        void retroPlanningFromAnAssemblyDate() {
            // AG on Friday 5 June: preparation (5 days) must finish on Thursday 4 June, start Friday 29 May.
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Préparer l'AG", 5), milestone(2, "AG", d(6, 5))), List.of(of(1, 2)), TODAY);
            TaskSchedule prep = only(s, 1);
            assertThat(prep.latestFinish()).isEqualTo(d(6, 4));
            assertThat(prep.latestStart()).isEqualTo(d(5, 29));
            assertThat(prep.earliestStart()).isEqualTo(TODAY);
            assertThat(prep.slack()).isPositive();
            assertThat(only(s, 2).earliestStart()).isEqualTo(d(6, 5));
            assertThat(only(s, 2).latestStart()).isEqualTo(d(6, 5));
            assertThat(only(s, 2).slack()).isZero();
        }

        @Test
        void milestoneOnASaturdayKeepsItsDateAndPrerequisitesEndOnFriday() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Prep", 1), milestone(2, "Journée portes ouvertes", d(6, 6))),
                    List.of(of(1, 2)),
                    TODAY);
            assertThat(only(s, 1).latestFinish()).isEqualTo(d(6, 5));
            assertThat(only(s, 2).latestStart()).isEqualTo(d(6, 6));
        }

        @Test
        void backwardSkipsWhitMonday() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Prep", 1), milestone(2, "COPIL", d(5, 26))), List.of(of(1, 2)), TODAY);
            assertThat(only(s, 1).latestStart()).isEqualTo(d(5, 22));
        }

        @Test
        void lagIsKeptBackwards() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Dossier", 2), milestone(2, "Décision", d(6, 5))),
                    List.of(new PlanLink(1, 2, 3)),
                    TODAY);
            // must finish 3 working days before the start of Fri 5 June: by Mon 1 June
            assertThat(only(s, 1).latestFinish()).isEqualTo(d(6, 1));
            assertThat(only(s, 1).latestStart()).isEqualTo(d(5, 29));
        }

        @Test
        void taskDeadlineMeansFinishedThatDay() {
            Schedule s = Scheduler.schedule(List.of(task(1, "Dépôt", 2).due(d(3, 20))), List.of(), TODAY);
            assertThat(only(s, 1).latestFinish()).isEqualTo(d(3, 20));
            assertThat(only(s, 1).latestStart()).isEqualTo(d(3, 19));
            assertThat(only(s, 1).slack()).isEqualTo(13);
        }

        @Test
        void freeTasksAreScheduledAgainstTheEndOfThePlan() {
            Schedule s = Scheduler.schedule(List.of(task(1, "Long", 10), task(2, "Short", 2)), List.of(), TODAY);
            assertThat(only(s, 2).slack()).isEqualTo(8);
            assertThat(only(s, 1).critical()).isTrue();
            assertThat(only(s, 2).critical()).isFalse();
        }
    }

    @Nested
    class CriticalPath {
        @Test
        void diamond() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 2), task(2, "B", 5), task(3, "C", 1), task(4, "D", 1)),
                    List.of(of(1, 2), of(1, 3), of(2, 4), of(3, 4)),
                    TODAY);
            assertThat(s.tasks())
                    .filteredOn(TaskSchedule::critical)
                    .extracting(TaskSchedule::name)
                    .containsExactly("A", "B", "D");
            assertThat(only(s, 3).slack()).isEqualTo(4);
        }

        @Test
        void withSlackEverywhereTheLeastSlackIsCritical() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 2).due(d(6, 30)), task(2, "B", 1).due(d(12, 31))), List.of(), TODAY);
            assertThat(only(s, 1).critical()).isTrue();
            assertThat(only(s, 2).critical()).isFalse();
        }
    }

    @Nested
    class Problems {
        @Test
        void impossibleDeadlineNamesTheChain() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Étude", 10), task(2, "Dossier", 10).due(d(3, 10))), List.of(of(1, 2)), TODAY);
            ScheduleIssue issue = s.issues().stream()
                    .filter(i -> i.kind() == ScheduleIssue.Kind.DEADLINE_IMPOSSIBLE)
                    .findFirst()
                    .orElseThrow();
            assertThat(issue.names()).containsExactly("Dossier", "Étude");
            assertThat(issue.date()).isEqualTo(d(3, 10));
            assertThat(issue.days()).isEqualTo(13); // earliest finish 27 March vs 10 March
            assertThat(only(s, 2).slack()).isEqualTo(-13);
            assertThat(only(s, 1).critical()).isTrue();
        }

        @Test
        void aLagCanMakeAMilestoneImpossible() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "Vote", 1), milestone(2, "Ouverture", d(3, 4))),
                    List.of(new PlanLink(1, 2, 5)),
                    TODAY);
            ScheduleIssue issue = s.issues().stream()
                    .filter(i -> i.kind() == ScheduleIssue.Kind.DEADLINE_IMPOSSIBLE)
                    .findFirst()
                    .orElseThrow();
            assertThat(issue.names()).containsExactly("Ouverture", "Vote");
            assertThat(issue.days()).isEqualTo(4);
        }

        @Test
        void latestStartInThePastIsReportedForEachTask() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 5), task(2, "B", 5).due(d(3, 5))), List.of(of(1, 2)), TODAY);
            assertThat(s.issues())
                    .filteredOn(i -> i.kind() == ScheduleIssue.Kind.LATE_START)
                    .extracting(i -> i.names().get(0))
                    .containsExactlyInAnyOrder("A", "B");
            assertThat(only(s, 1).lateStart()).isTrue();
        }

        @Test
        void finishedTasksRaiseNoLateWarning() {
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 5).finished().due(d(2, 20))), List.of(), TODAY);
            assertThat(s.issues()).isEmpty();
        }

        @Test
        void cycleIsNamedInOrder() {
            Schedule s = Scheduler.schedule(
                    List.of(task(1, "A", 1), task(2, "B", 1), task(3, "C", 1), task(4, "D", 1)),
                    List.of(of(4, 1), of(1, 2), of(2, 3), of(3, 1)),
                    TODAY);
            assertThat(s.hasCycle()).isTrue();
            assertThat(s.tasks()).isEmpty();
            List<String> names = s.issues().get(0).names();
            assertThat(names).containsExactlyInAnyOrder("A", "B", "C");
            int a = names.indexOf("A");
            assertThat(names.get((a + 1) % 3)).isEqualTo("B");
            assertThat(names.get((a + 2) % 3)).isEqualTo("C");
        }

        @Test
        void selfLoopIsACycle() {
            Schedule s = Scheduler.schedule(List.of(task(1, "A", 1)), List.of(of(1, 1)), TODAY);
            assertThat(s.issues().get(0).names()).containsExactly("A");
        }

        @Test
        void badInputIsRefused() {
            assertThatThrownBy(() -> Scheduler.schedule(List.of(task(1, "A", 1), task(1, "B", 1)), List.of(), TODAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scheduler.schedule(List.of(task(1, "A", 1)), List.of(of(1, 9)), TODAY))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Scheduler.schedule(List.of(task(1, "A", -1)), List.of(), TODAY))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void emptyPlan() {
            Schedule s = Scheduler.schedule(List.of(), List.of(), TODAY);
            assertThat(s.tasks()).isEmpty();
            assertThat(s.end()).isEqualTo(TODAY);
        }
    }

    @Test
    void invariantsOnRandomPlans() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(30);
            List<PlanTask> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PlanTask t = random.nextInt(5) == 0
                        ? milestone(i, "M" + i, random.nextBoolean() ? TODAY.plusDays(random.nextInt(300)) : null)
                        : task(i, "T" + i, 1 + random.nextInt(15));
                tasks.add(t);
            }
            List<PlanLink> links = new ArrayList<>();
            for (int k = 0; k < n * 2; k++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a < b) {
                    links.add(new PlanLink(a, b, random.nextInt(4)));
                }
            }
            Schedule s = Scheduler.schedule(tasks, links, TODAY);
            assertThat(s.hasCycle()).isFalse();
            for (PlanLink link : links) {
                TaskSchedule p = only(s, link.predecessor());
                TaskSchedule q = only(s, link.successor());
                assertThat(q.earliestStart()).isAfterOrEqualTo(p.earliestStart());
                assertThat(q.latestStart()).as("%s then %s in %s", p, q, tasks).isAfterOrEqualTo(p.latestStart());
            }
            boolean feasible = s.issues().stream().noneMatch(i -> i.kind() == ScheduleIssue.Kind.DEADLINE_IMPOSSIBLE);
            for (TaskSchedule t : s.tasks()) {
                assertThat(t.earliestFinish()).isAfterOrEqualTo(t.earliestStart());
                if (feasible) {
                    assertThat(t.slack()).isNotNegative();
                }
            }
            assertThat(s.tasks()).anyMatch(TaskSchedule::critical);
        }
    }
}
