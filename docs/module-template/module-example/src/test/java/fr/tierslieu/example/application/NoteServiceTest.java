package fr.tierslieu.example.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import fr.tierslieu.core.testsupport.TestModules;
import fr.tierslieu.example.ExampleModule;
import fr.tierslieu.example.domain.Note;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's services on the real schema: the core's migrations, then the module's. */
class NoteServiceTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.open(
                "example", "core", "classpath:db/migration/core", "example", "classpath:db/migration/example");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    NoteService notes(EntityManager em) {
        return new NoteService(em, TestModules.bundles(new ExampleModule()));
    }

    @Test
    void aNoteIsSavedAndARefusedOneNamesItsFieldInTheReadersLanguage() {
        db.tx(em -> notes(em).add(null, "  Première note  ", Locale.FRENCH));
        List<Note> saved = db.<List<Note>>tx(em -> notes(em).notes());
        assertThat(saved).extracting(Note::getText).containsExactly("Première note");

        assertThatThrownBy(() -> db.tx(em -> notes(em).add(null, "", Locale.FRENCH)))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> {
                    assertThat(f.getViolations().get(0).field()).isEqualTo("text");
                    assertThat(f.getViolations().get(0).message()).isEqualTo("Écrivez la note.");
                });
    }
}
