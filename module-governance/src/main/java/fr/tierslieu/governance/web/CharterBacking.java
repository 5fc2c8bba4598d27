package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.governance.application.CharterService;
import fr.tierslieu.governance.application.SessionService;
import fr.tierslieu.governance.domain.CharterArticle;
import fr.tierslieu.governance.domain.CharterVersion;
import fr.tierslieu.governance.domain.Resolution;
import fr.tierslieu.governance.domain.Signature;
import fr.tierslieu.governance.domain.TextDiff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The common charter: articles of the working version (an edit that meets someone else's save keeps
 * the user's text and shows the other one), adopted versions and their diff, signatures and who
 * still has to sign, and the PDF.
 */
@Named
@ViewScoped
public class CharterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CharterService charters;

    @Inject
    SessionService sessions;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.config.AppConfig config;

    private long charterId;
    private String charterTitle;
    private List<Choice> actorChoices;
    private Names names;
    private transient List<CharterArticle> articles;
    private transient List<CharterVersion> versions;
    private transient List<CharterService.BoardLine> board;
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
    // adoption, diff, signature
    private Long resolutionId;
    private Long diffFrom;
    private Long diffTo;
    private transient List<TextDiff.Article> diff;
    private Long signActor;
    private String signatory;
    private String capacity;
    private LocalDate signedOn = LocalDate.now();
    private String commitments;

    @PostConstruct
    void load() {
        var c = charters.charter();
        charterId = c.getId();
        charterTitle = c.getTitle();
        names = new Names(getActorChoices());
    }

    private void refresh() {
        articles = null;
        versions = null;
        diff = null;
        board = null;
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
        try {
            charters.saveArticle(editing, editingVersion, heading, body, Msg.locale());
            editing = null;
            theirBody = null;
            refresh();
            FacesSupport.info(msg.get("governance.charter.articleSaved"));
        } catch (ConcurrentEditException e) {
            // keep what the user typed; show what is stored; the next save starts from that version
            CharterArticle stored = charters.article(editing);
            theirHeading = stored.getHeading();
            theirBody = stored.getBody();
            editingVersion = stored.getVersion();
            refresh();
            FacesSupport.error(msg.get("governance.charter.conflict"));
        } catch (ValidationFailure e) {
            FacesSupport.showViolations(e, "articleForm");
        } catch (AccessDeniedException e) {
            FacesSupport.error(msg.get("core.error.denied"));
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

    public void adopt() {
        attempt(
                () -> {
                    charters.adopt(charterId, resolutionId, Msg.locale());
                    FacesSupport.info(msg.get("governance.charter.adopted"));
                },
                "versionsForm");
    }

    public void showDiff() {
        try {
            diff = diffFrom == null ? null : charters.compare(diffFrom, diffTo, charterId);
        } catch (fr.tierslieu.core.domain.shared.NotFoundException e) {
            // a version deleted meanwhile, or an id that never was: say so, not an error page
            diff = null;
            FacesSupport.error(msg.get("core.error.404"));
        }
    }

    public void sign() {
        CharterVersion current = getCurrent();
        if (current == null) {
            FacesSupport.error(msg.get("governance.charter.noVersion"));
            return;
        }
        attempt(
                () -> {
                    charters.sign(current.getId(), signActor, signatory, capacity, signedOn, commitments, Msg.locale());
                    signActor = null;
                    signatory = null;
                    capacity = null;
                    commitments = null;
                    FacesSupport.info(msg.get("governance.charter.signed"));
                },
                "signForm");
    }

    /** E-mails every partner who must sign the version in force (never signed, or an earlier version). */
    public void requestSignatures() {
        int[] n = new int[1];
        if (FacesSupport.attempt(
                msg,
                "signForm",
                () -> n[0] = charters.requestSignatures(
                        charterId,
                        actorId -> {
                            try {
                                var a = actors.summary(actorId);
                                return new SessionService.Contact(a.name(), a.email());
                            } catch (RuntimeException e) {
                                return null; // deleted meanwhile
                            }
                        },
                        config.publicUrl(jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest()),
                        Msg.locale()))) {
            FacesSupport.info(msg.format("governance.charter.requested", n[0]));
        }
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

    public List<Signature> getSignatures() {
        CharterVersion current = getCurrent();
        return current == null ? List.of() : charters.signatures(current.getId());
    }

    public List<CharterService.BoardLine> getBoard() {
        if (board == null) {
            board = charters.board(charterId, names, LocalDate.now());
        }
        return board;
    }

    /** Adopted resolutions that can adopt a version. */
    public List<Resolution> getAdoptedResolutions() {
        return sessions.decisions("").stream().filter(Resolution::isAdopted).toList();
    }

    public List<TextDiff.Article> getDiff() {
        return diff;
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

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public Long getDiffFrom() {
        return diffFrom;
    }

    public void setDiffFrom(Long diffFrom) {
        this.diffFrom = diffFrom;
    }

    public Long getDiffTo() {
        return diffTo;
    }

    public void setDiffTo(Long diffTo) {
        this.diffTo = diffTo;
    }

    public Long getSignActor() {
        return signActor;
    }

    public void setSignActor(Long signActor) {
        this.signActor = signActor;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }
}
