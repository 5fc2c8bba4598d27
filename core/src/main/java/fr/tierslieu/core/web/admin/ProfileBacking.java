package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.security.ApiTokenService;
import fr.tierslieu.core.domain.security.ApiToken;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The signed-in user's own page: their personal access tokens for the REST API. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokenService tokens;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.mail.MailPreferences mailPreferences;

    @Inject
    fr.tierslieu.core.application.security.CurrentUser currentUser;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    private String tokenName;
    private Integer tokenDays = 90;
    /** The secret of the token just created: shown once, never stored. */
    private String secret;

    private transient List<ApiToken> list;
    private String mailChoicesLink;

    /** The signed-in user's link to choose the e-mails they receive (the weekly digest among them), or null without an address. */
    public String getMailChoicesLink() {
        if (mailChoicesLink == null) {
            String email = mailPreferences.emailOfUser(currentUser.getUsername());
            mailChoicesLink = email == null
                    ? ""
                    : mailPreferences.link(
                            config.publicUrl(jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequest()),
                            email);
        }
        return mailChoicesLink.isEmpty() ? null : mailChoicesLink;
    }

    public List<ApiToken> getTokens() {
        if (list == null) {
            list = tokens.mine();
        }
        return list;
    }

    public void create() {
        secret = null;
        if (FacesSupport.attempt(
                msg,
                "profileForm",
                () -> secret = tokens.create(tokenName, tokenDays, Msg.locale()).secret())) {
            tokenName = null;
            list = null;
            FacesSupport.info(msg.get("core.token.created"));
        }
    }

    public void revoke(long id) {
        tokens.revoke(id);
        list = null;
        secret = null;
        FacesSupport.info(msg.get("core.token.revoked"));
    }

    public String getSecret() {
        return secret;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }
}
