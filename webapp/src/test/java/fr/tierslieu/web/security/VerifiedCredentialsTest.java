package fr.tierslieu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Basic password verified a moment ago is known again; a wrong one, another user's or an old one is not. */
class VerifiedCredentialsTest {

    @Test
    void onlyTheSamePasswordOfTheSameUserForAFewMinutes() {
        VerifiedCredentials v = new VerifiedCredentials();
        Instant t = Instant.parse("2026-11-28T10:00:00Z");
        v.remember("manager", "correct horse battery", "manager", Set.of("MANAGER"), t);
        assertThat(v.lookup("manager", "correct horse battery", t.plusSeconds(60)))
                .hasValueSatisfying(x -> {
                    assertThat(x.name()).isEqualTo("manager");
                    assertThat(x.groups()).containsExactly("MANAGER");
                });
        assertThat(v.lookup("manager", "correct horse batterY", t.plusSeconds(60)))
                .isEmpty();
        assertThat(v.lookup("board", "correct horse battery", t.plusSeconds(60)))
                .isEmpty();
        assertThat(v.lookup(
                        "manager",
                        "correct horse battery",
                        t.plus(VerifiedCredentials.KEEP).plusSeconds(1)))
                .isEmpty();
        v.forget("manager");
        assertThat(v.lookup("manager", "correct horse battery", t.plusSeconds(60)))
                .isEmpty();
    }
}
