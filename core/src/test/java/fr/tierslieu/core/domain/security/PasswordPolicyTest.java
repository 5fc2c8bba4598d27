package fr.tierslieu.core.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The passwords the field trial found accepted, and a few a person would choose. */
class PasswordPolicyTest {

    private static PasswordPolicy.Problem problem(String password, String... personal) {
        return PasswordPolicy.check(password.toCharArray(), personal).orElse(null);
    }

    @Test
    void whatTheFieldTrialGotAcceptedIsRefused() {
        assertThat(problem("aaaaaaaaaa", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(problem("1234567890", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(problem("aaaaaaaaaaaa", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(problem("123456789012", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(problem("x".repeat(1_000_000), "alice")).isEqualTo(PasswordPolicy.Problem.TOO_LONG);
        assertThat(problem("tresorier-atelierz", "tresorier-atelierz")).isEqualTo(PasswordPolicy.Problem.CONTAINS_NAME);
        assertThat(problem("Marie.Dupont2026", "mdupont", "Marie Dupont")).isNotNull();
    }

    @Test
    void commonPasswordsAndDictionaryWordsAreRefused() {
        assertThat(problem("password1234", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(problem("qwertyuiop12", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE);
        assertThat(problem("azertyuiop12", "alice")).isEqualTo(PasswordPolicy.Problem.TOO_GUESSABLE);
    }

    @Test
    void passphrasesAndRandomPasswordsAreAccepted() {
        assertThat(problem("la grange de névez sous la pluie", "alice")).isNull();
        assertThat(problem("t8#Lq2!vRz9w", "alice")).isNull();
        // the passwords the browser tests type
        assertThat(problem("un mot de passe long", "camille")).isNull();
        assertThat(problem("un-vrai-secret-2026", "admin")).isNull();
        assertThat(problem("x".repeat(PasswordPolicy.MAX_LENGTH - 4) + "Q7!k", "alice"))
                .isNotEqualTo(PasswordPolicy.Problem.TOO_LONG);
    }
}
