package fr.tierslieu.core.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditedUnitsTest {

    private static URLClassLoader loaderWith(Path root, String persistenceXml) throws Exception {
        Files.createDirectories(root.resolve("META-INF"));
        Files.writeString(root.resolve("META-INF/persistence.xml"), persistenceXml);
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private static String unit(String name, String properties) {
        return """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                    <persistence-unit name="%s" transaction-type="JTA">
                        <properties>%s</properties>
                    </persistence-unit>
                </persistence>""".formatted(name, properties);
    }

    @Test
    void theCoresOwnUnitInstallsTheAuditLog() {
        assertThat(AuditedUnits.unaudited(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void aUnitWithoutTheCustomizerStopsTheStartNamingTheUnitAndItsFile(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderWith(
                dir, unit("forgetful", "<property name=\"eclipselink.logging.level\" value=\"WARNING\"/>"))) {
            assertThat(AuditedUnits.unaudited(loader))
                    .singleElement()
                    .satisfies(u -> assertThat(u.unit()).isEqualTo("forgetful"))
                    .satisfies(u -> assertThat(u.file()).endsWith("META-INF/persistence.xml"));
            assertThatThrownBy(() -> AuditedUnits.check(loader))
                    .hasMessageContaining("'forgetful'")
                    .hasMessageContaining(AuditSessionCustomizer.class.getName());
        }
    }

    @Test
    void aUnitThatNamesTheCustomizerPasses(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderWith(
                dir,
                unit(
                        "careful",
                        "<property name=\"eclipselink.session.customizer\" value=\" "
                                + AuditSessionCustomizer.class.getName() + " \"/>"))) {
            AuditedUnits.check(loader);
            assertThat(AuditedUnits.unaudited(loader)).isEmpty();
        }
    }
}
