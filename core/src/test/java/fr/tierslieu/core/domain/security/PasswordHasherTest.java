package fr.tierslieu.core.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void defaultStrengthIsAtLeastOwaspRecommendation() {
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(210_000);
        String hash = new PasswordHasher().hash("correct horse".toCharArray());
        assertThat(PasswordHasher.iterationsOf(hash)).isEqualTo(PasswordHasher.ITERATIONS);
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain("correct");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = fast.hash("s3cret-password".toCharArray());
        assertThat(fast.verify("s3cret-password".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("s3cret-passworD".toCharArray(), hash)).isFalse();
        assertThat(fast.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertThat(fast.hash("x".toCharArray())).isNotEqualTo(fast.hash("x".toCharArray()));
    }

    @Test
    void storedIterationCountIsHonoured() {
        String older = new PasswordHasher(500).hash("pw".toCharArray());
        assertThat(new PasswordHasher().verify("pw".toCharArray(), older)).isTrue();
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String bad :
                new String[] {null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$a$b", "pbkdf2-sha256$10$%%$b"}) {
            assertThat(fast.verify("pw".toCharArray(), bad))
                    .as(String.valueOf(bad))
                    .isFalse();
        }
        assertThat(PasswordHasher.iterationsOf("nonsense")).isEqualTo(-1);
    }
}
