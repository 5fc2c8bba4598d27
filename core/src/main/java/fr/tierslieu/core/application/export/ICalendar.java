package fr.tierslieu.core.application.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes iCalendar files (RFC 5545): all-day events or timed events, with text escaped and lines
 * folded at 75 octets, CRLF line ends. Shared by every module that exports dates.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public ICalendar(String name) {
        this.name = name;
    }

    /** An all-day event on {@code day}. */
    public ICalendar allDay(String uid, LocalDate day, String summary, String description) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid);
        lines.add("DTSTAMP:" + UTC.format(Instant.now().atOffset(ZoneOffset.UTC)));
        lines.add("DTSTART;VALUE=DATE:" + DATE.format(day));
        lines.add("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        lines.add("SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            lines.add("DESCRIPTION:" + escape(description));
        }
        lines.add("END:VEVENT");
        return this;
    }

    /** A timed event in the given zone (written in UTC). */
    public ICalendar timed(String uid, LocalDateTime start, LocalDateTime end, ZoneId zone, String summary,
                           String location, String description) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid);
        lines.add("DTSTAMP:" + UTC.format(Instant.now().atOffset(ZoneOffset.UTC)));
        lines.add("DTSTART:" + UTC.format(start.atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
        lines.add("DTEND:" + UTC.format(end.atZone(zone).withZoneSameInstant(ZoneOffset.UTC)));
        lines.add("SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            lines.add("LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            lines.add("DESCRIPTION:" + escape(description));
        }
        lines.add("END:VEVENT");
        return this;
    }

    public byte[] toBytes() {
        StringBuilder sb = new StringBuilder();
        List<String> all = new ArrayList<>();
        all.add("BEGIN:VCALENDAR");
        all.add("VERSION:2.0");
        all.add("PRODID:-//Tiers-Lieu Studio//FR");
        all.add("CALSCALE:GREGORIAN");
        all.add("X-WR-CALNAME:" + escape(name));
        all.addAll(lines);
        all.add("END:VCALENDAR");
        for (String line : all) {
            sb.append(fold(line));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character. */
    static String fold(String line) {
        StringBuilder sb = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return sb.append("\r\n").toString();
    }
}
