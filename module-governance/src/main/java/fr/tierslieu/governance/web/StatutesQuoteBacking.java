package fr.tierslieu.governance.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.governance.application.StatutesService;
import fr.tierslieu.governance.domain.ClauseLibrary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * On the charter page: quotes an article of the draft statutes in the new charter article, so that
 * the charter and the statutes say the same thing in the same words.
 */
@Named
@ViewScoped
public class StatutesQuoteBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StatutesService statutes;

    @Inject
    CharterBacking charter;

    @Inject
    Msg msg;

    private Integer article;
    private transient List<ClauseLibrary.DraftArticle> articles;

    /** The articles of the draft statutes, numbered as in the document. */
    public List<ClauseLibrary.DraftArticle> getArticles() {
        if (articles == null) {
            articles = statutes.draft("statuts").articles();
        }
        return articles;
    }

    /** Appends the chosen article, quoted with its number and title, to the new charter article's text. */
    public void quote() {
        getArticles().stream()
                .filter(a -> article != null && a.number() == article)
                .findFirst()
                .ifPresent(a -> {
                    String quoted = msg.formatAll("governance.charter.quoted", a.number(), a.title(), a.text());
                    String body = charter.getNewBody();
                    charter.setNewBody(body == null || body.isBlank() ? quoted : body.strip() + "\n\n" + quoted);
                });
    }

    public Integer getArticle() {
        return article;
    }

    public void setArticle(Integer article) {
        this.article = article;
    }
}
