package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.domain.CharterArticle;
import fr.tierslieu.governance.domain.CharterVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The common charter: articles of the working version (an edit that meets someone else's save keeps
 * the user's text and shows the other one), and the PDF; adoption and diff of versions
 * are {@link CharterVersionsBacking}'s, the signatures {@link CharterSignaturesBacking}'s.
 */
@Named
@ViewScoped
public class CharterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CharterService charters;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    private long charterId;
    private String charterTitle;
    private List<Choice> actorChoices;
    private Names names;
    private transient List<CharterArticle> articles;
    private transient List<CharterVersion> versions;
    // article editing
    private Long editing;
    private long editingVersion;
    private String heading;
    private String body;
    private String theirHeading;
    private String theirBody;
    // new article
    private String newHeading;
    private String newBody;

    @PostConstruct
    void load() {
        var c = charters.charter();
        charterId = c.getId();
        charterTitle = c.getTitle();
        names = new Names(getActorChoices());
    }

    void refresh() {
        articles = null;
        versions = null;
    }

    private void attempt(Runnable action, String form) {
        if (FacesSupport.attempt(msg, form, action)) {
            refresh();
        }
    }

    public void edit(long articleId) {
        CharterArticle a = charters.article(articleId);
        editing = articleId;
        editingVersion = a.getVersion();
        heading = a.getHeading();
        body = a.getBody();
        theirHeading = null;
        theirBody = null;
    }

    public void saveArticle() {
        FacesSupport.Outcome outcome = FacesSupport.outcome(
                msg,
                "articleForm",
                "governance.charter.conflict",
                () -> charters.saveArticle(editing, editingVersion, heading, body, Msg.locale()));
        if (outcome == FacesSupport.Outcome.DONE) {
            editing = null;
            theirBody = null;
            refresh();
            FacesSupport.info(msg.get("governance.charter.articleSaved"));
        } else if (outcome == FacesSupport.Outcome.CONFLICT) {
            // keep what the user typed; show what is stored beside it; the next save starts from that version
            CharterArticle stored = charters.article(editing);
            theirHeading = stored.getHeading();
            theirBody = stored.getBody();
            editingVersion = stored.getVersion();
            refresh();
        }
    }

    public void takeTheirs() {
        heading = theirHeading;
        body = theirBody;
        theirHeading = null;
        theirBody = null;
    }

    public void cancelEdit() {
        editing = null;
        theirBody = null;
    }

    public void addArticle() {
        attempt(
                () -> {
                    charters.addArticle(charterId, newHeading, newBody, Msg.locale());
                    newHeading = null;
                    newBody = null;
                },
                "newArticleForm");
    }

    public void startFromSkeleton() {
        attempt(() -> charters.startFromSkeleton(charterId, Msg.locale()), "articlesForm");
    }

    public void removeArticle(long id) {
        attempt(() -> charters.removeArticle(id), "articlesForm");
    }

    public StreamedContent getPdf() {
        byte[] bytes = charters.pdf(charterId, names, Msg.locale());
        return DefaultStreamedContent.builder()
                .name("charte.pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<CharterArticle> getArticles() {
        if (articles == null) {
            articles = charters.articles(charterId);
        }
        return articles;
    }

    public List<CharterVersion> getVersions() {
        if (versions == null) {
            versions = charters.versions(charterId);
        }
        return versions;
    }

    public CharterVersion getCurrent() {
        List<CharterVersion> all = getVersions();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public String name(long actorId) {
        return names.apply(actorId);
    }

    public List<Choice> getActorChoices() {
        if (actorChoices == null) {
            actorChoices = actors.choices();
        }
        return actorChoices;
    }

    public long getCharterId() {
        return charterId;
    }

    public String getCharterTitle() {
        return charterTitle;
    }

    public Long getEditing() {
        return editing;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTheirHeading() {
        return theirHeading;
    }

    public String getTheirBody() {
        return theirBody;
    }

    public String getNewHeading() {
        return newHeading;
    }

    public void setNewHeading(String newHeading) {
        this.newHeading = newHeading;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }
}
