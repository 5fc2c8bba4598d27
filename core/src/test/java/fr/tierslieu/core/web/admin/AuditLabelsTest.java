package fr.tierslieu.core.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.testsupport.TestModules;
import org.junit.jupiter.api.Test;

/** The audit log speaks the users' words: kinds of records, fields and stored constants by their labels. */
class AuditLabelsTest {

    private static final java.util.Locale FR = java.util.Locale.FRENCH;
    private final AuditBacking audit = new AuditBacking();

    {
        audit.bundles = TestModules.bundles();
    }

    @Test
    void recordsFieldsAndValuesByTheirLabels() {
        assertThat(audit.entityLabel("core.AppUser", FR)).isEqualTo("Compte");
        assertThat(audit.entityLabel("core.Unknown", FR)).isEqualTo("core.Unknown");
        assertThat(audit.fieldLabel("lastLoginAt", FR)).isEqualTo("Dernière connexion");
        assertThat(audit.fieldLabel("spec/activities/1/unitPrice", FR)).startsWith("Hypothèses");
        assertThat(audit.fieldLabel("someNewField", FR)).isEqualTo("some new field");
        assertThat(audit.valueLabel("core.Actor", "ALLY", FR)).isEqualTo("Allié");
        assertThat(audit.valueLabel("core.Actor", "true", FR)).isEqualTo("Oui");
        assertThat(audit.valueLabel("core.Actor", "Atelier Z", FR)).isEqualTo("Atelier Z");
        assertThat(audit.valueLabel("core.Actor", null, FR)).isEqualTo("∅");
    }
}
