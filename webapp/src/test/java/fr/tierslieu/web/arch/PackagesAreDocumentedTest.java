package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every production package of the core, the webapp and each module says in its
 * {@code package-info.java} what belongs there, so that the next contributor knows where a class goes.
 */
class PackagesAreDocumentedTest {

    private static List<Path> sourceRoots() throws IOException {
        Path project = Path.of("").toAbsolutePath().getParent();
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> children = Files.list(project)) {
            children.filter(p -> Files.isDirectory(p.resolve("src/main/java")))
                    .forEach(p -> roots.add(p.resolve("src/main/java")));
        }
        return roots;
    }

    @Test
    void everyPackageSaysWhatBelongsThere() throws IOException {
        List<Path> roots = sourceRoots();
        assertThat(roots.stream()
                        .map(r -> r.getParent()
                                .getParent()
                                .getParent()
                                .getFileName()
                                .toString()))
                .contains("core", "webapp");
        List<String> undocumented = new ArrayList<>();
        int packages = 0;
        for (Path root : roots) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasClasses;
                    try (Stream<Path> files = Files.list(dir)) {
                        hasClasses =
                                files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
                    }
                    if (!hasClasses) {
                        continue;
                    }
                    packages++;
                    Path info = dir.resolve("package-info.java");
                    if (!Files.exists(info) || !Files.readString(info).contains("/**")) {
                        undocumented.add(root.relativize(dir).toString().replace('/', '.'));
                    }
                }
            }
        }
        assertThat(packages).isGreaterThan(40);
        assertThat(undocumented)
                .as("packages without a package-info.java saying what belongs there")
                .isEmpty();
    }
}
