package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo's names (Atelier Z, Névez…) belong to the demo data sets only: production code that
 * chose "the project whose name starts with Atelier Z" worked in the demo and nowhere else.
 */
class NoDemoNamesInProductionCodeTest {

    private static final List<String> DEMO_NAMES = List.of("Atelier Z", "Névez", "Nevez", "Konk Ar Lab", "Trégor");

    @Test
    void onlyDemoDataClassesNameTheDemo() throws IOException {
        Path root = Path.of(System.getProperty("tierslieu.root", ".."))
                .toAbsolutePath()
                .normalize();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.getFileName().toString().contains("Demo"))
                    .filter(p -> {
                        try {
                            String code = Files.readString(p)
                                    .lines()
                                    .filter(l -> !l.strip().startsWith("*")
                                            && !l.strip().startsWith("//")
                                            && !l.strip().startsWith("/*"))
                                    .reduce("", String::concat);
                            return DEMO_NAMES.stream().anyMatch(code::contains);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(p -> root.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }
}
