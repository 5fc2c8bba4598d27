package fr.tierslieu.core.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.MobilisationStatus;
import fr.tierslieu.core.domain.actor.Position;
import fr.tierslieu.core.domain.actor.Stance;
import fr.tierslieu.core.domain.audit.AuditAction;
import fr.tierslieu.core.domain.audit.AuditEntry;
import fr.tierslieu.core.testsupport.JpaTestSupport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditListenerTest {

    private JpaTestSupport db;

    @BeforeEach
    void setUp() {
        db = JpaTestSupport.core();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<AuditEntry> entries() {
        return db.tx(
                em -> em.createQuery("select e from AuditEntry e order by e.occurredAt, e.action", AuditEntry.class)
                        .getResultList());
    }

    private Long createActor() {
        return AuditUser.runAs(
                "alice",
                () -> db.tx(em -> {
                    Actor actor = new Actor(
                            ActorType.ORGANISATION,
                            "KonK Ar Lab",
                            ActorKind.ASSOCIATION,
                            Position.initial(),
                            LocalDate.of(2026, 1, 10),
                            "alice");
                    em.persist(actor);
                    em.flush();
                    return actor.getId();
                }));
    }

    @Test
    void creationIsAuditedWithUserAndNewValues() {
        Long id = createActor();

        List<AuditEntry> all = entries();
        AuditEntry actorEntry = all.stream()
                .filter(e -> e.getEntityType().equals("core.Actor"))
                .findFirst()
                .orElseThrow();
        assertThat(actorEntry.getAction()).isEqualTo(AuditAction.CREATE);
        assertThat(actorEntry.getUsername()).isEqualTo("alice");
        assertThat(actorEntry.getEntityId()).isEqualTo(String.valueOf(id));
        assertThat(actorEntry.getLabel()).isEqualTo("KonK Ar Lab");
        assertThat(actorEntry.getChanges()).contains("{\"field\":\"name\",\"old\":null,\"new\":\"KonK Ar Lab\"}");
        assertThat(all).anyMatch(e -> e.getEntityType().equals("core.Assessment"));
    }

    @Test
    void updateRecordsOldAndNewValuesOfChangedFieldsOnly() {
        Long id = createActor();
        AuditUser.runAs(
                "bob",
                () -> db.tx(em -> {
                    Actor actor = em.find(Actor.class, id);
                    actor.describe(
                            ActorType.ORGANISATION,
                            "KonK Ar Lab",
                            ActorKind.ASSOCIATION,
                            "Concarneau",
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of("fablab"));
                    actor.reposition(
                            new Position(
                                    MobilisationStatus.MOBILISED,
                                    Stance.ALLY,
                                    3,
                                    4,
                                    EngagementLevel.CO_BUILDER,
                                    MaturityLevel.CONVINCED),
                            LocalDate.of(2026, 2, 1),
                            "atelier",
                            "bob");
                    return null;
                }));

        AuditEntry update = entries().stream()
                .filter(e -> e.getAction() == AuditAction.UPDATE)
                .findFirst()
                .orElseThrow();
        assertThat(update.getUsername()).isEqualTo("bob");
        assertThat(update.getChanges())
                .contains("{\"field\":\"commune\",\"old\":null,\"new\":\"Concarneau\"}")
                .contains("{\"field\":\"position.stance\",\"old\":\"NEUTRAL\",\"new\":\"ALLY\"}")
                .contains("\"field\":\"tags\"")
                .contains("fablab")
                .doesNotContain("\"field\":\"name\"");
    }

    @Test
    void rolledBackChangeLeavesNoEntry() {
        Long id = createActor();
        int before = entries().size();
        assertThatThrownBy(() -> db.run(em -> {
                    em.find(Actor.class, id)
                            .describe(
                                    ActorType.ORGANISATION,
                                    "Renamed",
                                    ActorKind.ASSOCIATION,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of());
                    em.flush();
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(entries()).hasSize(before);
    }

    @Test
    void changesReadBackForDisplay() {
        createActor();
        AuditEntry created = entries().stream()
                .filter(e -> e.getEntityType().equals("core.Actor"))
                .findFirst()
                .orElseThrow();
        assertThat(AuditChange.parse(created.getChanges())).contains(new AuditChange("name", null, "KonK Ar Lab"));
        assertThat(AuditChange.parse("not json")).containsExactly(new AuditChange("", null, "not json"));
        assertThat(AuditListener.toJson(List.<String[]>of(new String[] {"a\"<b", "x\ny", null})))
                .isEqualTo("[{\"field\":\"a\\\"\\u003cb\",\"old\":\"x\\ny\",\"new\":null}]");
    }

    @Test
    void deletionIsAuditedWithOldValues() {
        Long id = createActor();
        db.run(em -> em.remove(em.find(Actor.class, id)));
        AuditEntry delete = entries().stream()
                .filter(e ->
                        e.getAction() == AuditAction.DELETE && e.getEntityType().equals("core.Actor"))
                .findFirst()
                .orElseThrow();
        assertThat(delete.getChanges()).contains("{\"field\":\"name\",\"old\":\"KonK Ar Lab\",\"new\":null}");
    }

    @Test
    void aChangedJsonDocumentIsAuditedByTheJsonPathsThatChanged() {
        StringBuilder activities = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            activities
                    .append(i == 0 ? "" : ",")
                    .append("{\"name\":\"Activité ")
                    .append(i)
                    .append("\",\"unitPrice\":")
                    .append(100 + i)
                    .append('}');
        }
        String before = "{\"years\":5,\"activities\":[" + activities + "]}";
        String after = before.replace("\"Activité 7\",\"unitPrice\":107", "\"Activité 7\",\"unitPrice\":450")
                .replace("\"years\":5", "\"years\":6");
        assertThat(before.length()).isGreaterThan(1_000);
        List<String[]> out = new java.util.ArrayList<>();
        assertThat(AuditListener.jsonChanges("specJson", before, after, out)).isTrue();
        assertThat(out)
                .extracting(c -> c[0] + "=" + c[1] + "→" + c[2])
                .containsExactlyInAnyOrder("specJson/years=5→6", "specJson/activities/7/unitPrice=107→450");
        // plain texts keep the whole-value description
        assertThat(AuditListener.jsonChanges("name", "Atelier Z", "Atelier Z bis", new java.util.ArrayList<>()))
                .isFalse();
    }
}
