package fr.tierslieu.core.domain.roadmap;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward and backward scheduling of a roadmap (critical path method) in working days.
 *
 * <h2>Model</h2>
 * Days are indices in a {@link WorkingCalendar} (weekends and French public holidays skipped). A task
 * occupies the half-open range {@code [start, start + duration)} of indices; a milestone has
 * duration 0. A link {@code p → s} with lag {@code L} requires {@code start(s) ≥ end(p) + L}.
 * <ul>
 *   <li><b>Forward pass</b> (from today): earliest start = max(today, "not before", ends of
 *   predecessors + lags, the fixed day of a milestone).</li>
 *   <li><b>Backward pass</b> (from the target dates, the rétro-planning): latest end = min(the end
 *   of the plan, the task's own deadline, latest starts of successors − lags). A milestone fixed
 *   on day D must be reached at the start of D: its prerequisites finish the working day before.</li>
 *   <li><b>Slack</b> = latest start − earliest start. Tasks with the least slack (or any negative
 *   slack) form the critical path. A negative slack means a fixed date cannot be met: the issue
 *   names the chain of predecessors that pushes it back. A latest start before today is reported
 *   too (except for finished tasks).</li>
 *   <li>A finished task keeps its date (a dated milestone) or today, constrains nothing, has no
 *   slack and is never critical.</li>
 *   <li>A dependency cycle makes scheduling impossible: the issue names the tasks of one cycle in
 *   order.</li>
 * </ul>
 * Runs in O(tasks + links) after the calendar is built; pure and thread-safe.
 */
public final class Scheduler {

    private Scheduler() {}

    public static Schedule schedule(List<PlanTask> tasks, List<PlanLink> links, LocalDate today) {
        int n = tasks.size();
        Map<Long, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            if (index.put(tasks.get(i).id(), i) != null) {
                throw new IllegalArgumentException(
                        "duplicate task id " + tasks.get(i).id());
            }
        }
        int m = links.size();
        int[] from = new int[m];
        int[] to = new int[m];
        int[] lag = new int[m];
        long span = 0;
        for (PlanTask t : tasks) {
            if (t.duration() < 0) {
                throw new IllegalArgumentException("negative duration for " + t.name());
            }
            span += t.remaining();
        }
        for (int k = 0; k < m; k++) {
            PlanLink link = links.get(k);
            Integer f = index.get(link.predecessor());
            Integer s = index.get(link.successor());
            if (f == null || s == null) {
                throw new IllegalArgumentException("link to an unknown task: " + link);
            }
            from[k] = f;
            to[k] = s;
            lag[k] = link.lag();
            span += Math.abs(link.lag());
        }
        // adjacency in compressed form
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int k = 0; k < m; k++) {
            outStart[from[k] + 1]++;
            inStart[to[k] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] outLinks = new int[m];
        int[] inLinks = new int[m];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int k = 0; k < m; k++) {
            outLinks[outFill[from[k]]++] = k;
            inLinks[inFill[to[k]]++] = k;
        }

        int[] order = topologicalOrder(n, m, to, outStart, outLinks, inStart);
        if (order == null) {
            List<Integer> cycle = findCycle(n, to, outStart, outLinks);
            List<Long> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i : cycle) {
                ids.add(tasks.get(i).id());
                names.add(tasks.get(i).name());
            }
            return new Schedule(
                    List.of(), List.of(new ScheduleIssue(ScheduleIssue.Kind.CYCLE, ids, names, null, 0)), null);
        }

        WorkingCalendar cal = calendarFor(tasks, today, span);
        int todayIdx = cal.onOrAfter(today);
        int[] es = new int[n];
        int[] ef = new int[n];
        int[] driver = new int[n]; // predecessor index that fixed the earliest start, or -1
        int[] fixedIdx = new int[n];
        int[] deadlineEnd = new int[n];
        Arrays.fill(fixedIdx, Integer.MIN_VALUE);
        Arrays.fill(deadlineEnd, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            PlanTask t = tasks.get(i);
            if (t.fixedDate() != null && t.milestone()) {
                fixedIdx[i] = cal.onOrAfter(t.fixedDate());
            }
            if (t.fixedDate() != null && !t.done()) {
                if (t.milestone()) {
                    deadlineEnd[i] = fixedIdx[i];
                } else {
                    deadlineEnd[i] = cal.onOrBefore(t.fixedDate()) + 1;
                }
            }
        }

        for (int i : order) {
            PlanTask t = tasks.get(i);
            if (t.done()) {
                // Finished: it happened (on its date, for a dated milestone) and constrains nothing any more.
                driver[i] = -1;
                es[i] = fixedIdx[i] != Integer.MIN_VALUE ? fixedIdx[i] : todayIdx;
                ef[i] = es[i];
                continue;
            }
            int start = todayIdx;
            if (t.notBefore() != null) {
                start = Math.max(start, cal.onOrAfter(t.notBefore()));
            }
            driver[i] = -1;
            if (fixedIdx[i] != Integer.MIN_VALUE) {
                start = Math.max(start, fixedIdx[i]);
            }
            for (int p = inStart[i]; p < inStart[i + 1]; p++) {
                int k = inLinks[p];
                if (tasks.get(from[k]).done()) {
                    continue;
                }
                int candidate = ef[from[k]] + lag[k];
                if (candidate > start) {
                    start = candidate;
                    driver[i] = from[k];
                }
            }
            es[i] = start;
            ef[i] = start + t.remaining();
        }
        int end = todayIdx;
        for (int i = 0; i < n; i++) {
            if (!tasks.get(i).done()) {
                end = Math.max(end, ef[i]);
            }
        }
        int horizon = end;
        for (int i = 0; i < n; i++) {
            if (deadlineEnd[i] != Integer.MAX_VALUE) {
                horizon = Math.max(horizon, deadlineEnd[i]);
            }
        }
        int[] lf = new int[n];
        int[] ls = new int[n];
        for (int o = n - 1; o >= 0; o--) {
            int i = order[o];
            int finish = Math.min(horizon, deadlineEnd[i]);
            for (int p = outStart[i]; p < outStart[i + 1]; p++) {
                int k = outLinks[p];
                if (tasks.get(to[k]).done()) {
                    continue;
                }
                finish = Math.min(finish, ls[to[k]] - lag[k]);
            }
            lf[i] = finish;
            ls[i] = finish - tasks.get(i).remaining();
        }
        int minSlack = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (!tasks.get(i).done()) {
                minSlack = Math.min(minSlack, ls[i] - es[i]);
            }
        }
        int criticalBound = Math.max(minSlack, 0);

        List<TaskSchedule> result = new ArrayList<>(n);
        List<ScheduleIssue> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PlanTask t = tasks.get(i);
            int slack = t.done() ? 0 : ls[i] - es[i];
            boolean late = !t.done() && ls[i] < todayIdx;
            if (t.done()) {
                ls[i] = es[i];
                lf[i] = ef[i];
            }
            result.add(new TaskSchedule(
                    t.id(),
                    t.name(),
                    t.milestone(),
                    startDate(cal, t, es[i], fixedIdx[i]),
                    finishDate(cal, t, es[i], ef[i], fixedIdx[i]),
                    startDate(cal, t, ls[i], fixedIdx[i]),
                    finishDate(cal, t, ls[i], lf[i], fixedIdx[i]),
                    slack,
                    !t.done() && slack <= criticalBound,
                    late));
            if (deadlineEnd[i] != Integer.MAX_VALUE && ef[i] > deadlineEnd[i]
                    || fixedIdx[i] != Integer.MIN_VALUE && es[i] > fixedIdx[i]) {
                List<Long> ids = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int c = i; c >= 0; c = driver[c]) {
                    ids.add(tasks.get(c).id());
                    names.add(tasks.get(c).name());
                }
                issues.add(new ScheduleIssue(
                        ScheduleIssue.Kind.DEADLINE_IMPOSSIBLE,
                        ids,
                        names,
                        t.fixedDate(),
                        t.milestone() ? es[i] - fixedIdx[i] : ef[i] - deadlineEnd[i]));
            }
        }
        for (int i = 0; i < n; i++) {
            PlanTask t = tasks.get(i);
            if (!t.done() && ls[i] < todayIdx) {
                issues.add(new ScheduleIssue(
                        ScheduleIssue.Kind.LATE_START,
                        List.of(t.id()),
                        List.of(t.name()),
                        cal.date(ls[i]),
                        todayIdx - ls[i]));
            }
        }
        LocalDate endDate = end > todayIdx ? cal.date(end - 1) : today;
        return new Schedule(Collections.unmodifiableList(result), List.copyOf(issues), endDate);
    }

    private static LocalDate startDate(WorkingCalendar cal, PlanTask t, int start, int fixed) {
        if (t.milestone() && start == fixed) {
            return t.fixedDate();
        }
        return cal.date(start);
    }

    private static LocalDate finishDate(WorkingCalendar cal, PlanTask t, int start, int endExclusive, int fixed) {
        if (t.remaining() == 0) {
            return startDate(cal, t, start, fixed);
        }
        return cal.date(endExclusive - 1);
    }

    private static WorkingCalendar calendarFor(List<PlanTask> tasks, LocalDate today, long span) {
        LocalDate min = today;
        LocalDate max = today;
        for (PlanTask t : tasks) {
            for (LocalDate d : new LocalDate[] {t.fixedDate(), t.notBefore()}) {
                if (d != null) {
                    min = d.isBefore(min) ? d : min;
                    max = d.isAfter(max) ? d : max;
                }
            }
        }
        long margin = span * 3 / 2 + 60;
        return new WorkingCalendar(min.minusDays(margin), max.plusDays(margin));
    }

    /** Kahn's algorithm; null when some tasks are on a cycle. */
    private static int[] topologicalOrder(int n, int m, int[] to, int[] outStart, int[] outLinks, int[] inStart) {
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) {
            indegree[i] = inStart[i + 1] - inStart[i];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int i = order[head++];
            for (int p = outStart[i]; p < outStart[i + 1]; p++) {
                int s = to[outLinks[p]];
                if (--indegree[s] == 0) {
                    order[tail++] = s;
                }
            }
        }
        return tail == n ? order : null;
    }

    /** One cycle, in dependency order, found by an iterative depth-first search. */
    private static List<Integer> findCycle(int n, int[] to, int[] outStart, int[] outLinks) {
        int[] state = new int[n]; // 0 new, 1 on stack, 2 done
        int[] parent = new int[n];
        int[] cursor = new int[n];
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            stack.push(root);
            state[root] = 1;
            parent[root] = -1;
            cursor[root] = outStart[root];
            while (!stack.isEmpty()) {
                int i = stack.peek();
                if (cursor[i] < outStart[i + 1]) {
                    int s = to[outLinks[cursor[i]++]];
                    if (state[s] == 0) {
                        state[s] = 1;
                        parent[s] = i;
                        cursor[s] = outStart[s];
                        stack.push(s);
                    } else if (state[s] == 1) {
                        List<Integer> cycle = new ArrayList<>();
                        for (int c = i; c != s; c = parent[c]) {
                            cycle.add(c);
                        }
                        cycle.add(s);
                        Collections.reverse(cycle);
                        return cycle;
                    }
                } else {
                    state[i] = 2;
                    stack.pop();
                }
            }
        }
        return List.of();
    }
}
