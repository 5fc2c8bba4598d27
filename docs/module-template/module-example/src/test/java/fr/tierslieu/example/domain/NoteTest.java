package fr.tierslieu.example.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteTest {

    @Test
    void aNoteNeedsATextOfAtMostItsLimit() {
        assertThat(Note.problemWith(" ")).isEqualTo("example.error.textRequired");
        assertThat(Note.problemWith("x".repeat(Note.TEXT_MAX + 1))).isEqualTo("example.error.textTooLong");
        assertThat(Note.problemWith("x".repeat(Note.TEXT_MAX))).isNull();
    }
}
