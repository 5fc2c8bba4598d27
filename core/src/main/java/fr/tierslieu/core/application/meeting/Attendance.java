package fr.tierslieu.core.application.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An actor's record of meetings: how many it was invited to, how many it came to, and the list
 * (most recent first). Shown with its engagement history.
 */
public record Attendance(int invited, int present, List<Line> lines) {

    public record Line(long meetingId, String project, String title, LocalDateTime startsAt, boolean present) {}

    /** Share of invitations honoured, 0–100 (0 when never invited). */
    public int rate() {
        return invited == 0 ? 0 : Math.round(100f * present / invited);
    }
}
