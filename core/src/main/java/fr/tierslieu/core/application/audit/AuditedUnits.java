package fr.tierslieu.core.application.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every persistence unit of the application must put the audit listener on its entities, through
 * {@link AuditSessionCustomizer} named in its {@code persistence.xml}: a module that forgets it
 * would change data without a trace in the audit log. Start-up reads every
 * {@code META-INF/persistence.xml} the application sees and refuses to start, naming the unit and
 * the file, when one lacks it.
 */
public final class AuditedUnits {

    static final String PROPERTY = "eclipselink.session.customizer";

    private AuditedUnits() {}

    /** A persistence unit that does not install the audit customizer, and the file that declares it. */
    public record Unaudited(String unit, String file) {}

    /** The units of every {@code META-INF/persistence.xml} visible to {@code loader} that lack the customizer. */
    public static List<Unaudited> unaudited(ClassLoader loader) {
        List<Unaudited> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/persistence.xml"))) {
                try (InputStream in = url.openStream()) {
                    Document doc = parser().parse(in);
                    NodeList units = doc.getElementsByTagNameNS("*", "persistence-unit");
                    for (int i = 0; i < units.getLength(); i++) {
                        Element unit = (Element) units.item(i);
                        if (!installsCustomizer(unit)) {
                            out.add(new Unaudited(unit.getAttribute("name"), url.toString()));
                        }
                    }
                }
            }
        } catch (IOException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the persistence units: " + e.getMessage(), e);
        }
        return out;
    }

    /** Fails, naming each unit and its file, when a unit does not install the audit customizer. */
    public static void check(ClassLoader loader) {
        List<Unaudited> missing = unaudited(loader);
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Unaudited u : missing) {
                sb.append(sb.isEmpty() ? "" : "; ")
                        .append("the persistence unit '")
                        .append(u.unit())
                        .append("' (")
                        .append(u.file())
                        .append(") does not install the audit log");
            }
            throw new IllegalStateException(sb + ": add <property name=\"" + PROPERTY + "\" value=\""
                    + AuditSessionCustomizer.class.getName() + "\"/> to its properties");
        }
    }

    private static boolean installsCustomizer(Element unit) {
        NodeList properties = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element p = (Element) properties.item(i);
            if (PROPERTY.equals(p.getAttribute("name"))
                    && AuditSessionCustomizer.class
                            .getName()
                            .equals(p.getAttribute("value").trim())) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder parser() throws javax.xml.parsers.ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
