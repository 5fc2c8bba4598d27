package fr.tierslieu.core.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static String write(ZoneId serverZone) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        try {
            return new String(
                    new ICalendar("Atelier Z, Névez")
                            .allDay(
                                    "dossier@tierslieu",
                                    LocalDate.of(2027, 3, 31),
                                    "Dossier ANCT; Fabrique, « territoire »",
                                    "ligne 1\nligne 2 " + "très longue ".repeat(10))
                            .timed(
                                    "depart@tierslieu",
                                    LocalDateTime.of(2027, 5, 21, 7, 30),
                                    LocalDateTime.of(2027, 5, 21, 9, 0),
                                    ZoneId.of("Europe/Paris"),
                                    "Départ",
                                    "Névez",
                                    null)
                            .toBytes(),
                    StandardCharsets.UTF_8);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void whatIsWrittenReadsBackWithEscapingAndFolding() {
        String ics = write(ZoneId.of("Europe/Paris"));
        assertThat(ics)
                .contains("\r\n")
                .contains("SUMMARY:Dossier ANCT\\; Fabrique\\, « territoire »")
                .contains("X-WR-CALNAME:Atelier Z, Névez");
        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));

        List<VEvent> events = Biweekly.parse(ics).first().getEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Dossier ANCT; Fabrique, « territoire »");
        assertThat(events.get(0).getDescription().getValue())
                .startsWith("ligne 1\nligne 2 très longue")
                .endsWith("longue ");
        assertThat(events.get(0).getDateStart().getValue().hasTime()).isFalse();
        assertThat(events.get(1).getLocation().getValue()).isEqualTo("Névez");
        assertThat(events.get(1).getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2027, 5, 21, 7, 30)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
    }

    @Test
    void anAllDayEventKeepsItsDateWhateverTheServerZone() {
        for (String zone : List.of("UTC", "Europe/Paris", "Pacific/Kiritimati", "America/Los_Angeles")) {
            String ics = write(ZoneId.of(zone));
            assertThat(ics)
                    .as(zone)
                    .contains("DTSTART;VALUE=DATE:20270331\r\n")
                    .contains("DTEND;VALUE=DATE:20270401\r\n")
                    .contains("DTSTART:20270521T053000Z\r\n");
        }
    }
}
