package fr.tierslieu.core.application.export;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.property.CalendarScale;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.ICalDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * iCalendar files (RFC 5545) of all-day or timed events, written by biweekly: escaping, line
 * folding, CRLF line ends and DTSTAMP are the library's. Timed events are given in their zone and
 * written in UTC, which every calendar shows in its own zone; all-day events are plain dates.
 * Shared by every module that exports dates.
 */
public final class ICalendar {

    private final biweekly.ICalendar calendar = new biweekly.ICalendar();

    public ICalendar(String name) {
        calendar.setProductId("-//Tiers-Lieu Studio//FR");
        calendar.addExperimentalProperty("X-WR-CALNAME", name == null ? "" : name);
        calendar.setCalendarScale(CalendarScale.gregorian());
    }

    /** An all-day event on {@code day}. */
    public ICalendar allDay(String uid, LocalDate day, String summary, String description) {
        VEvent event = event(uid, summary, description);
        event.setDateStart(new DateStart(date(day), false));
        event.setDateEnd(new DateEnd(date(day.plusDays(1)), false));
        calendar.addEvent(event);
        return this;
    }

    /** A timed event in the given zone (written in UTC). */
    public ICalendar timed(
            String uid,
            LocalDateTime start,
            LocalDateTime end,
            ZoneId zone,
            String summary,
            String location,
            String description) {
        VEvent event = event(uid, summary, description);
        event.setDateStart(new DateStart(Date.from(start.atZone(zone).toInstant()), true));
        event.setDateEnd(new DateEnd(Date.from(end.atZone(zone).toInstant()), true));
        if (location != null && !location.isBlank()) {
            event.setLocation(location);
        }
        calendar.addEvent(event);
        return this;
    }

    public byte[] toBytes() {
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(String uid, String summary, String description) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setSummary(summary == null ? "" : summary);
        if (description != null && !description.isBlank()) {
            event.setDescription(description);
        }
        return event;
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}
