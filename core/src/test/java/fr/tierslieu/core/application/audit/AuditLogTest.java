package fr.tierslieu.core.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.actor.Page;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.audit.AuditAction;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static JpaTestSupport db;

    @BeforeAll
    static void changes() {
        db = JpaTestSupport.core();
        for (String user : List.of("alice", "bob")) {
            AuditUser.runAs(
                    user,
                    () -> db.tx(em -> {
                        Actor a = new Actor(
                                ActorType.ORGANISATION,
                                "Actor of " + user,
                                ActorKind.COMPANY,
                                Position.initial(),
                                LocalDate.now(),
                                user);
                        em.persist(a);
                        return a;
                    }));
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Page<AuditEntry> search(AuditFilter filter) {
        return db.tx(em -> new AuditLog(em).search(filter, 0, 50));
    }

    @Test
    void filtersByUserTypeActionAndText() {
        assertThat(search(new AuditFilter(null, "ALICE", null, null, null, null))
                        .items())
                .isNotEmpty()
                .allMatch(e -> e.getUsername().equals("alice"));
        assertThat(search(new AuditFilter("core.Actor", null, AuditAction.CREATE, null, null, null))
                        .total())
                .isEqualTo(2);
        assertThat(search(new AuditFilter(null, null, null, null, null, "actor of bob"))
                        .items())
                .extracting(AuditEntry::getLabel)
                .isNotEmpty()
                .allMatch(l -> l.startsWith("Actor of bob"));
        assertThat(search(new AuditFilter(null, null, AuditAction.DELETE, null, null, null))
                        .total())
                .isZero();
    }

    @Test
    void filtersByDayInclusive() {
        LocalDate today = LocalDate.now();
        assertThat(search(new AuditFilter(null, null, null, today, today, null)).total())
                .isEqualTo(4);
        assertThat(search(new AuditFilter(null, null, null, today.plusDays(1), null, null))
                        .total())
                .isZero();
        assertThat(search(new AuditFilter(null, null, null, null, today.minusDays(1), null))
                        .total())
                .isZero();
    }

    @Test
    void newestFirstAndPaged() {
        List<AuditEntry> all = search(AuditFilter.none()).items();
        assertThat(all).extracting(AuditEntry::getOccurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        List<AuditEntry> second = db.tx(em -> new AuditLog(em).entries(AuditFilter.none(), 1, 2));
        assertThat(second)
                .extracting(AuditEntry::getId)
                .containsExactly(all.get(1).getId(), all.get(2).getId());
        List<String> types = db.tx(em -> new AuditLog(em).entityTypes());
        assertThat(types).containsExactly("core.Actor", "core.Assessment");
    }
}
