package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.actor.ActorPrivacy;
import fr.tierslieu.core.application.actor.PersonalDataService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.PrivacyPolicy;
import fr.tierslieu.core.domain.actor.SensitiveField;
import fr.tierslieu.core.domain.actor.Visibility;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The page « Confidentialité » (administrators): who may read what is recorded about persons, the
 * retention period, and the persons past it, to erase those no longer involved.
 */
@Named
@ViewScoped
public class PrivacyBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Persons shown in the retention list; the rest wait for the next review. */
    static final int REVIEW_MAX = 200;

    @Inject
    ActorPrivacy privacy;

    @Inject
    PersonalDataService personalData;

    @Inject
    Msg msg;

    /** Field name → level name, as the selects edit them. */
    private final Map<String, String> levels = new java.util.HashMap<>();

    private Integer retentionMonths;
    private transient List<Actor> pastRetention;

    @PostConstruct
    void init() {
        PrivacyPolicy policy = privacy.policy();
        for (SensitiveField f : SensitiveField.values()) {
            levels.put(f.name(), policy.level(f).name());
        }
        retentionMonths = policy.retentionMonths();
    }

    public void save() {
        Map<SensitiveField, Visibility> chosen = new EnumMap<>(SensitiveField.class);
        for (SensitiveField f : SensitiveField.values()) {
            chosen.put(f, Visibility.valueOf(levels.get(f.name())));
        }
        if (FacesSupport.attempt(
                msg,
                "privacyForm",
                () -> privacy.save(chosen, retentionMonths == null ? 0 : retentionMonths, Msg.locale()))) {
            pastRetention = null;
            FacesSupport.info(msg.get("core.privacy.saved"));
        }
    }

    /** Erases one person of the retention list. */
    public void erase(long actorId, long version) {
        PersonalDataService.Erasure[] done = new PersonalDataService.Erasure[1];
        if (FacesSupport.attempt(
                msg, "privacyForm", () -> done[0] = personalData.erase(actorId, version, Msg.locale()))) {
            pastRetention = null;
            FacesSupport.info(ErasureMessages.of(msg, done[0]));
        }
    }

    public List<Actor> getPastRetention() {
        if (pastRetention == null) {
            pastRetention = personalData.pastRetention(REVIEW_MAX);
        }
        return pastRetention;
    }

    public Map<String, String> getLevels() {
        return levels;
    }

    public SensitiveField[] getFields() {
        return SensitiveField.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public Integer getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(Integer retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public int getRetentionMin() {
        return PrivacyPolicy.RETENTION_MIN;
    }

    public int getRetentionMax() {
        return PrivacyPolicy.RETENTION_MAX;
    }
}
