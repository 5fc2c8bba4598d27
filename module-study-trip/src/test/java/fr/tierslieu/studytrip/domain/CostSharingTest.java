package fr.tierslieu.studytrip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CostSharingTest {

    @Test
    void hundredEurosInThreeEqualShares() {
        CostSharing.Result r = CostSharing.share(
                List.of(new CostSharing.Cost("Car", 10000, "A")),
                List.of(new CostSharing.Party("A", 1), new CostSharing.Party("B", 1), new CostSharing.Party("C", 1)));
        assertThat(r.owed().values()).containsExactly(3334L, 3333L, 3333L);
        assertThat(r.transfers())
                .containsExactlyInAnyOrder(
                        new CostSharing.Transfer("B", "A", 3333), new CostSharing.Transfer("C", "A", 3333));
    }

    @Test
    void weightedByParticipants() {
        // Atelier Z brings 3 participants, the commune 1: lunch 120 € paid by the commune
        CostSharing.Result r = CostSharing.share(
                List.of(new CostSharing.Cost("Déjeuner", 12000, "Commune")),
                List.of(new CostSharing.Party("Atelier Z", 3), new CostSharing.Party("Commune", 1)));
        assertThat(r.owed()).containsEntry("Atelier Z", 9000L).containsEntry("Commune", 3000L);
        assertThat(r.transfers()).containsExactly(new CostSharing.Transfer("Atelier Z", "Commune", 9000));
    }

    @RepeatedTest(100)
    void alwaysBalancesToTheCent() {
        Random random = new Random();
        List<CostSharing.Party> parties = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            parties.add(new CostSharing.Party("p" + i, random.nextInt(5)));
        }
        parties.set(0, new CostSharing.Party("p0", 1 + random.nextInt(4)));
        List<CostSharing.Cost> costs = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < random.nextInt(8); i++) {
            long cents = random.nextInt(1_000_000);
            total += cents;
            costs.add(new CostSharing.Cost("c" + i, cents, "p" + random.nextInt(n)));
        }
        CostSharing.Result r = CostSharing.share(costs, parties);
        assertThat(r.owed().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        assertThat(r.balance().values().stream().mapToLong(Long::longValue).sum())
                .isZero();
        long[] after = new long[n];
        for (int i = 0; i < n; i++) {
            after[i] = r.balance().get("p" + i);
        }
        for (CostSharing.Transfer t : r.transfers()) {
            assertThat(t.cents()).isPositive();
            after[Integer.parseInt(t.from().substring(1))] += t.cents();
            after[Integer.parseInt(t.to().substring(1))] -= t.cents();
        }
        assertThat(after).containsOnly(0L);
        assertThat(r.transfers().size()).isLessThan(Math.max(1, n));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> CostSharing.share(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSharing.share(
                        List.of(new CostSharing.Cost("x", -1, "A")), List.of(new CostSharing.Party("A", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSharing.share(
                        List.of(new CostSharing.Cost("x", 1, "Z")), List.of(new CostSharing.Party("A", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSharing.share(List.of(), List.of(new CostSharing.Party("A", 0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
