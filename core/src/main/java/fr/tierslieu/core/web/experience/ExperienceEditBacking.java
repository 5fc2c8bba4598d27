package fr.tierslieu.core.web.experience;

import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.domain.experience.Experience;
import fr.tierslieu.core.domain.experience.ExperienceDraft;
import fr.tierslieu.core.domain.experience.LegalForm;
import fr.tierslieu.core.domain.experience.Offer;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** Creates or edits a sheet of the library; a concurrent save is refused with the input kept. */
@Named
@ViewScoped
public class ExperienceEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ExperienceService experiences;

    @Inject
    Msg msg;

    private Long id;
    private long version;
    private ExperienceDraft draft;

    public void load() throws IOException {
        if (draft != null) {
            return;
        }
        if (id == null) {
            draft = new ExperienceDraft();
            return;
        }
        try {
            Experience e = experiences.get(id);
            draft = e.draft();
            version = e.getVersion();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    public void save() {
        FacesSupport.attempt(msg, "experienceForm", () -> {
            Experience saved = id == null
                    ? experiences.create(draft, Msg.locale())
                    : experiences.save(id, version, draft, Msg.locale());
            FacesSupport.info(msg.get("core.experience.saved"));
            FacesSupport.keepMessages();
            FacesSupport.redirect("/core/experiences/view.xhtml?id=" + saved.getId());
        });
    }

    /** The offers as the checkboxes hold them (constants' names). */
    public List<String> getOfferNames() {
        return draft.getOffers().stream().map(Enum::name).toList();
    }

    public void setOfferNames(List<String> names) {
        EnumSet<Offer> set = EnumSet.noneOf(Offer.class);
        if (names != null) {
            names.forEach(n -> set.add(Offer.valueOf(n)));
        }
        draft.setOffers(set);
    }

    public List<String> getOfferChoices() {
        return java.util.Arrays.stream(Offer.values()).map(Enum::name).toList();
    }

    public String offerLabel(String name) {
        return msg.label(Offer.valueOf(name));
    }

    public LegalForm[] getLegalForms() {
        return LegalForm.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public ExperienceDraft getDraft() {
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
