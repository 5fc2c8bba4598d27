package fr.tierslieu.web.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Facelets page of the core, the modules and the webapp is well-formed XML (a duplicated
 * attribute is an error 500 at the first visit, not at build time), and every date field lets
 * people type: the pop-up opens from its button only and the field shows the expected format.
 */
class PagesAreWellFormedTest {

    private static List<Path> pages() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String root : List.of(
                "../core/src/main/resources/META-INF/resources",
                "../module-governance/src/main/resources/META-INF/resources",
                "../module-economic-model/src/main/resources/META-INF/resources",
                "../module-study-trip/src/main/resources/META-INF/resources",
                "src/main/webapp")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(p -> p.toString().endsWith(".xhtml")).forEach(out::add);
            }
        }
        return out;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }

    @Test
    void everyPageParses() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThan(40);
        for (Path page : pages) {
            try {
                parser().parse(page.toFile());
            } catch (Exception e) {
                problems.add(page + ": " + e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDateFieldCanBeTyped() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            Document d = parser().parse(page.toFile());
            NodeList pickers = d.getElementsByTagNameNS("http://primefaces.org/ui", "datePicker");
            for (int i = 0; i < pickers.getLength(); i++) {
                Element e = (Element) pickers.item(i);
                if (!"false".equals(e.getAttribute("showOnFocus"))
                        || e.getAttribute("placeholder").isEmpty()
                        || e.getAttribute("converterMessage").isEmpty()) {
                    problems.add(page.getFileName() + " #" + e.getAttribute("id"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
