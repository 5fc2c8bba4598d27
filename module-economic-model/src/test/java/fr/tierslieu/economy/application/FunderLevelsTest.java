package fr.tierslieu.economy.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.economy.domain.ModelSpec;
import fr.tierslieu.economy.domain.ModelSpec.FunderLevel;
import org.junit.jupiter.api.Test;

/** Which line 74 of the Cerfa budget a subsidy goes to when the manager has not chosen. */
class FunderLevelsTest {

    @Test
    void theKindOfTheFunderDecidesAndItsNameRefinesALocalAuthority() {
        assertThat(FunderLevels.guess(ActorKind.EPCI, "Concarneau Cornouaille Agglomération"))
                .isEqualTo(FunderLevel.EPCI);
        assertThat(FunderLevels.guess(ActorKind.LOCAL_AUTHORITY, "Région Bretagne"))
                .isEqualTo(FunderLevel.REGION);
        assertThat(FunderLevels.guess(ActorKind.LOCAL_AUTHORITY, "Département du Finistère"))
                .isEqualTo(FunderLevel.DEPARTMENT);
        assertThat(FunderLevels.guess(ActorKind.LOCAL_AUTHORITY, "Mairie de Névez"))
                .isEqualTo(FunderLevel.COMMUNE);
        assertThat(FunderLevels.guess(ActorKind.STATE_AGENCY, "Agence nationale de la cohésion des territoires"))
                .isEqualTo(FunderLevel.STATE);
        assertThat(FunderLevels.guess(ActorKind.STATE_AGENCY, "ASP")).isEqualTo(FunderLevel.ASP);
        assertThat(FunderLevels.guess(ActorKind.FUNDER, "Fondation de France")).isEqualTo(FunderLevel.PRIVATE);
        assertThat(FunderLevels.guess(ActorKind.RESIDENT, "Jeanne")).isNull();
    }

    @Test
    void withoutAFunderTheNameOfTheSubsidyIsReadAndTheChoiceOnTheLineWins() {
        FunderLevels levels = new FunderLevels(null);
        ModelSpec.SubsidySpec s = new ModelSpec.SubsidySpec();
        s.name = "Fabrique de territoire (ANCT)";
        assertThat(levels.of(s)).isEqualTo(FunderLevel.STATE);
        s.name = "Programme LEADER (FEADER)";
        assertThat(levels.of(s)).isEqualTo(FunderLevel.EUROPEAN_FUNDS);
        s.name = "Caf du Finistère – animation de la vie sociale";
        assertThat(levels.of(s)).isEqualTo(FunderLevel.SOCIAL_BODIES);
        s.name = "Appel à projets";
        assertThat(levels.of(s)).isEqualTo(FunderLevel.OTHER_PUBLIC);
        s.funderLevel = FunderLevel.PRIVATE;
        assertThat(levels.of(s)).isEqualTo(FunderLevel.PRIVATE);
    }
}
