package fr.tierslieu.core.web.experience;

import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Offer;
import fr.tierslieu.core.domain.experience.SizeClass;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The experience library's search: filters, the places found nearest first with their distance map,
 * the choice of up to three to compare with ours, and the CSV import and export.
 */
@Named
@ViewScoped
public class ExperienceListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceService experiences;

    @Inject
    Msg msg;

    private String text;
    private Offer offer;
    private LegalForm legalForm;
    private SizeClass size;
    private Integer maxKm;
    private final Map<Long, Boolean> picked = new HashMap<>();
    private transient ExperienceService.Search result;
    private transient UploadedFile file;
    private List<ValidationFailure.Violation> errors = List.of();

    private ExperienceService.Filter filter() {
        return new ExperienceService.Filter(text, offer, legalForm, size, maxKm);
    }

    public ExperienceService.Search getResult() {
        if (result == null) {
            result = experiences.search(filter());
        }
        return result;
    }

    /** Any filter change searches again. */
    public void search() {
        if (maxKm != null && (maxKm < 1 || maxKm > 20_000)) {
            FacesSupport.error(msg.formatAll("core.experience.error.maxKm", 1, 20_000));
            maxKm = null;
        }
        result = null;
    }

    public void reset() {
        text = null;
        offer = null;
        legalForm = null;
        size = null;
        maxKm = null;
        result = null;
    }

    /** Opens the comparison of the places ticked (one to three) with ours. */
    public void compare() {
        List<Long> ids = picked.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (ids.isEmpty() || ids.size() > ExperienceService.MAX_COMPARED) {
            FacesSupport.error(msg.format("core.experience.compare.pick", ExperienceService.MAX_COMPARED));
            return;
        }
        FacesSupport.redirect("/core/experiences/compare.xhtml?ids="
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public String getMapSvg() {
        ExperienceService.Search s = getResult();
        Experience ours = s.ours();
        List<DistanceMap.Place> places = new ArrayList<>();
        for (ExperienceService.Found f : s.rows()) {
            DistanceMap.Place p = DistanceMap.of(f.experience(), title(f.experience(), f.distanceKm()));
            if (p != null) {
                places.add(p);
            }
        }
        DistanceMap.Place center = ours == null ? null : DistanceMap.of(ours, ours.getName());
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/core/experiences/view.xhtml?id=";
        return DistanceMap.svg(
                center, places, base, msg.format("core.experience.map.label", places.size()), msg.get("core.unit.km"));
    }

    private String title(Experience e, Double km) {
        String where = e.getCommune() == null ? e.getName() : e.getName() + " – " + e.getCommune();
        return km == null ? where : where + " (" + distance(km) + ")";
    }

    public String distance(Double km) {
        if (km == null) {
            return "–";
        }
        return msg.decimal(km, km < 10 ? 1 : 0) + "\u00a0" + msg.get("core.unit.km");
    }

    public String money(Long euros) {
        return euros == null ? "–" : msg.money(euros);
    }

    public String offers(Experience e) {
        return e.getOffers().stream().map(msg::label).collect(Collectors.joining(", "));
    }

    public StreamedContent getExport() {
        byte[] bytes = experiences.exportCsv(filter(), Msg.locale()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(msg.get("core.experience.exportFile"))
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void upload() {
        errors = List.of();
        String content = fr.tierslieu.core.web.support.CsvUpload.text(msg, file);
        if (content == null) {
            return;
        }
        FacesSupport.attempt(msg, null, () -> {
            ExperienceService.Imported r = experiences.importCsv(content, Msg.locale());
            if (r.isSuccess()) {
                FacesSupport.info(msg.formatAll("core.experience.import.done", r.created(), r.updated()));
                result = null;
            } else {
                errors = r.errors();
                FacesSupport.error(msg.format("core.import.failed", errors.size()));
            }
        });
    }

    public Offer[] getOffers() {
        return Offer.values();
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public SizeClass[] getSizes() {
        return SizeClass.values();
    }

    public Map<Long, Boolean> getPicked() {
        return picked;
    }

    public long getPickedCount() {
        return picked.values().stream().filter(Objects::nonNull).filter(b -> b).count();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Offer getOffer() {
        return offer;
    }

    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public SizeClass getSize() {
        return size;
    }

    public void setSize(SizeClass size) {
        this.size = size;
    }

    public Integer getMaxKm() {
        return maxKm;
    }

    public void setMaxKm(Integer maxKm) {
        this.maxKm = maxKm;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ValidationFailure.Violation> getErrors() {
        return errors;
    }
}
