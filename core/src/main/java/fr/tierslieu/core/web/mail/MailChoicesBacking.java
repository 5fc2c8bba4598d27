package fr.tierslieu.core.web.mail;

import fr.tierslieu.core.application.mail.MailPreferences;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The page of the link at the foot of every e-mail: what this address wants to receive. */
@Named
@ViewScoped
public class MailChoicesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    @Inject
    Msg msg;

    private String token;
    private String email;
    private transient List<MailPreferences.Category> categories;
    private final Map<String, Boolean> wanted = new HashMap<>();
    private boolean digest;

    public void load() {
        email = preferences.emailOf(token).orElse(null);
        if (email == null) {
            return;
        }
        // ids only: the labels are read when the page is rendered, in the page's language (the view's
        // language is set at render time; here it would still be the browser's)
        for (MailPreferences.Category c : preferences.categories(Msg.locale())) {
            wanted.put(c.id(), preferences.wants(email, c.id()));
        }
        digest = preferences.wants(email, MailPreferences.DIGEST);
    }

    public void save() {
        if (email == null) {
            return;
        }
        Set<String> declined = wanted.entrySet().stream()
                .filter(e -> !Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        preferences.save(email, declined, digest);
        FacesSupport.info(msg.get("core.mail.prefs.saved"));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public List<MailPreferences.Category> getCategories() {
        if (categories == null) {
            categories = email == null ? List.of() : preferences.categories(Msg.locale());
        }
        return categories;
    }

    public Map<String, Boolean> getWanted() {
        return wanted;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }
}
