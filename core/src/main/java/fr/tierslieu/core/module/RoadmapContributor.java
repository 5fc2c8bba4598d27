package fr.tierslieu.core.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Implemented (as a CDI bean) by a module that puts dated milestones on a project's roadmap —
 * "charter signed", "subsidy decision", "study trip" — without the core knowing the module. The
 * milestones are read each time the roadmap is shown or scheduled; they are fixed dates the
 * team's own tasks can be planned against, and they are edited in the module, not on the roadmap.
 */
public interface RoadmapContributor {

    /**
     * @param projectId the project whose roadmap is shown
     * @return the module's milestones for that project (empty if none), names in the locale
     */
    List<Milestone> milestones(long projectId, Locale locale);

    /**
     * @param source module id (shown next to the milestone)
     * @param key    stable key within the module (e.g. {@code meeting-42}), unique per project
     * @param name   what happens
     * @param date   the day it happens
     * @param link   context-relative page where it is edited (e.g. {@code /governance/meeting.xhtml?id=42}), or null
     */
    record Milestone(String source, String key, String name, LocalDate date, String link) {}
}
