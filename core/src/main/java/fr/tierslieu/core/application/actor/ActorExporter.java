package fr.tierslieu.core.application.actor;

import fr.tierslieu.core.application.export.Csv;
import fr.tierslieu.core.application.export.XlsxTable;
import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.security.RequiresRole;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorKind;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Exports the actors of the filtered table as CSV (';', UTF-8 with BOM, for French Excel) or as an
 * Excel workbook, with the columns {@link ActorImporter} reads, so that a file exported, edited and
 * re-imported elsewhere keeps its meaning.
 */
@ApplicationScoped
@Transactional
@RequiresRole
public class ActorExporter {

    @Inject
    ActorRepository repository;

    @Inject
    MessageBundles messages;

    @Inject
    ActorPrivacy privacy;

    /** What the signed-in user may read (everything outside a container). */
    protected PrivacyPolicy.Reader reader() {
        return privacy == null ? PrivacyPolicy.Reader.everything() : privacy.reader();
    }

    public byte[] csv(ActorFilter filter, Locale locale) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.line(header(locale), Csv.DEFAULT_SEPARATOR)).append("\r\n");
        for (List<Object> row : rows(filter, locale)) {
            sb.append(Csv.line(row, Csv.DEFAULT_SEPARATOR)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A file to fill in for the import: the header and two example lines (an organisation, a
     * person), in the reader's language, which import as they are.
     */
    public byte[] template(Locale locale) {
        StringBuilder sb = new StringBuilder(Csv.BOM);
        sb.append(Csv.line(header(locale), Csv.DEFAULT_SEPARATOR)).append("\r\n");
        for (int n = 1; n <= 2; n++) {
            List<Object> row = new ArrayList<>();
            boolean organisation = n == 1;
            for (ActorColumns c : ActorColumns.values()) {
                String value = switch (c) {
                    case TYPE -> messages.label(locale, organisation ? ActorType.ORGANISATION : ActorType.PERSON);
                    case KIND -> messages.label(locale, organisation ? ActorKind.LOCAL_AUTHORITY : ActorKind.RESIDENT);
                    default -> messages.get(locale, "core.import.example" + n + "." + c.name());
                };
                row.add(value.startsWith("???") ? "" : value);
            }
            sb.append(Csv.line(row, Csv.DEFAULT_SEPARATOR)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public void xlsx(ActorFilter filter, Locale locale, OutputStream out) {
        XlsxTable.write(
                out,
                List.of(new XlsxTable.Sheet(
                        messages.get(locale, "core.actors.title"), header(locale), rows(filter, locale))));
    }

    public byte[] xlsx(ActorFilter filter, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(filter, locale, out);
        return out.toByteArray();
    }

    /** What a cell the reader may not read says, so that an empty value is not mistaken for it. */
    private String hidden(Locale locale) {
        return messages.get(locale, "core.privacy.hidden");
    }

    private List<String> header(Locale locale) {
        List<String> header = new ArrayList<>();
        for (ActorColumns c : ActorColumns.values()) {
            header.add(messages.get(locale, c.labelKey()));
        }
        return header;
    }

    private List<List<Object>> rows(ActorFilter filter, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        PrivacyPolicy.Reader reader = reader();
        ActorFilter visible = ActorService.visibleFilter(filter, reader);
        for (Actor a : visible == null ? List.<Actor>of() : repository.list(visible)) {
            var p = a.getPosition();
            boolean position = reader.sees(SensitiveField.POSITION, a);
            boolean notes = reader.sees(SensitiveField.NOTES, a);
            List<Object> row = new ArrayList<>();
            for (ActorColumns c : ActorColumns.values()) {
                row.add(
                        switch (c) {
                            case NAME -> a.getName();
                            case TYPE -> messages.label(locale, a.getType());
                            case KIND -> messages.label(locale, a.getKind());
                            case COMMUNE -> a.getCommune();
                            case CONTACT -> a.getContactName();
                            case EMAIL -> a.getEmail();
                            case PHONE -> a.getPhone();
                            case WEBSITE -> a.getWebsite();
                            case TAGS -> String.join("|", a.getTags());
                            case STATUS -> messages.label(locale, p.getStatus());
                            case STANCE -> position ? messages.label(locale, p.getStance()) : hidden(locale);
                            case INFLUENCE -> position ? p.getInfluence() : hidden(locale);
                            case INTEREST -> position ? p.getInterest() : hidden(locale);
                            case ENGAGEMENT -> messages.label(locale, p.getEngagement());
                            case MATURITY -> messages.label(locale, p.getMaturity());
                            case NOTES -> notes ? a.getNotes() : hidden(locale);
                        });
            }
            rows.add(row);
        }
        return rows;
    }
}
