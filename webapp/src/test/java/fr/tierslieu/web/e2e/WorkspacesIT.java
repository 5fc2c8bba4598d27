package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two tiers-lieux on one installation (issue 20): the administrator creates a second workspace and
 * makes a partner of the first (the demo's reader, standing for an accompanying consultant) its
 * manager; what the consultant records there — by REST at
 * {@code /api/w/{slug}/…} and in the browser after {@code /w/{slug}/} — is not in the first
 * workspace, the first workspace's actors are not there, their roles differ from one workspace to
 * the other, and someone who takes no part in it does not even learn it exists.
 */
class WorkspacesIT extends BrowserTest {

    private static final String PASSWORD = "demo";

    @Test
    void aConsultantWorksInASecondTiersLieuWhoseDataStaysApart() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "kerlouan-" + suffix;
        String username = "viewer";
        String kerlouan = "Commune de Kerlouan " + suffix;

        // the administrator creates the workspace and makes a partner (a reader of the first one) its manager
        Http admin = new Http(app, "admin", "demo");
        Http.Response bad = admin.post("/api/core/workspaces", """
                {"slug": "Kerlouan Nord!", "name": "Kerlouan"}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"slug\"").contains("Lower-case letters");
        Http.Response created = admin.post("/api/core/workspaces", """
                {"slug": "%s", "name": "Tiers-lieu de Kerlouan %s"}""".formatted(slug, suffix));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("api")).isEqualTo("/api/w/" + slug + "/");
        Http.Response member = admin.post("/api/core/workspaces/" + slug + "/members", """
                {"username": "%s", "role": "MANAGER"}""".formatted(username));
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        Http.Response again = admin.post("/api/core/workspaces", """
                {"slug": "%s", "name": "Doublon"}""".formatted(slug));
        assertThat(again.status()).isEqualTo(400);

        // REST: a manager in the second workspace, a reader in the first
        Http consultant = new Http(app, username, PASSWORD);
        Http.Response actor = consultant.post("/api/w/" + slug + "/core/actors", """
                {"name": "%s", "kind": "LOCAL_AUTHORITY", "stance": "ALLY", "influence": 5, "interest": 4}""".formatted(kerlouan));
        assertThat(actor.status()).as(actor.body()).isEqualTo(201);
        JsonObject there = consultant.get("/api/w/" + slug + "/core/actors").json();
        assertThat(there.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(there.getJsonArray("items").getJsonObject(0).getString("name"))
                .isEqualTo(kerlouan);
        assertThat(consultant
                        .get("/api/w/" + slug + "/core/actors?q=Kerlouan%20" + suffix + "&size=5")
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .as("the query string goes through /api/w/{slug}/ with the request")
                .isEqualTo(1);
        assertThat(consultant
                        .get("/api/w/" + slug + "/core/actors?q=autre%20chose")
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();
        assertThat(consultant
                        .get("/api/core/actors?q=Kerlouan%20" + suffix)
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .as("the second workspace's actor from the first")
                .isZero();
        assertThat(consultant
                        .get("/api/core/actors?q=N%C3%A9vez")
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .as("the first workspace's actors, read there")
                .isPositive();
        assertThat(consultant.post("/api/core/actors", """
                        {"name": "Pas ici", "kind": "COMPANY"}""").status())
                .as("a reader in the first workspace")
                .isEqualTo(403);
        long id = actor.json().getJsonNumber("id").longValue();
        assertThat(new Http(app, "manager", "demo")
                        .get("/api/core/actors/" + id)
                        .status())
                .as("the second workspace's actor by its id, from the first")
                .isEqualTo(404);
        Http.Response outsider = new Http(app, "organizer", "demo").get("/api/w/" + slug + "/core/actors");
        assertThat(outsider.status())
                .as("someone who takes no part in the workspace")
                .isEqualTo(404);
        assertThat(outsider.body()).doesNotContain(kerlouan);
        assertThat(outsider.json().getString("message"))
                .as("the shape and language of every REST error")
                .isEqualTo("You are not a member of this workspace, or it does not exist.");
        assertThat(outsider.json().getInt("errorCount")).isZero();
        assertThat(outsider.json().getJsonArray("errors")).isEmpty();
        assertThat(consultant.get("/api/core/workspaces").body())
                .contains("\"principal\"")
                .contains(slug);

        // the network's knowledge: the first workspace shares one sheet, the second reads it with its origin
        Http manager = new Http(app, "manager", "demo");
        JsonObject sheet =
                manager.get("/api/core/experiences").json().getJsonArray("rows").getJsonObject(0);
        long sheetId = sheet.getJsonNumber("id").longValue();
        assertThat(consultant
                        .get("/api/w/" + slug + "/core/network/experiences")
                        .body())
                .doesNotContain(sheet.getString("name"));
        Http.Response unsaid = manager.put("/api/core/network/experiences/" + sheetId, "{}");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Send “shared”: true to share, false to stop sharing.");
        assertThat(manager.get("/api/core/network/findings?kind=LUCK")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message"))
                .startsWith("Unknown value “LUCK”; possible values: [");
        assertThat(manager.put("/api/core/network/experiences/" + sheetId, """
                                {"shared": true}""").status())
                .isEqualTo(204);
        assertThat(consultant
                        .put("/api/w/" + slug + "/core/network/experiences/" + sheetId, """
                                {"shared": false}""")
                        .status())
                .as("a workspace shares only what is its own")
                .isEqualTo(404);
        String network =
                consultant.get("/api/w/" + slug + "/core/network/experiences").body();
        assertThat(network).contains(sheet.getString("name")).contains("\"origin\":\"Espace principal\"");
        assertThat(manager.get("/api/core/network/experiences").body())
                .as("its own sheets are not the network's to a workspace")
                .doesNotContain(sheet.getString("name"));
        assertThat(manager.put("/api/core/network/experiences/" + sheetId, """
                                {"shared": false}""").status())
                .isEqualTo(204);

        // the browser: /w/{slug}/ chooses the workspace for the session, the pages keep their addresses
        browser.open(app.url("/login.xhtml"));
        browser.driver().manage().deleteAllCookies(); // the other test of this class may have signed in
        browser.signIn(app, username, PASSWORD);
        browser.open(app.url("/w/" + slug + "/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getPageSource().contains(kerlouan));
        assertThat(browser.driver().getPageSource()).doesNotContain("Concarneau Cornouaille Agglomération");
        assertThat(browser.waitFor(By.cssSelector("#workspaceSwitcher summary")).getText())
                .contains("Tiers-lieu de Kerlouan " + suffix);

        // the partner leaves the workspace while working in it: their next page is in the first one
        assertThat(admin.delete("/api/core/workspaces/" + slug + "/members/" + username)
                        .status())
                .isEqualTo(204);
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getPageSource().contains("Concarneau Cornouaille Agglomération"));
        assertThat(browser.driver().getPageSource()).doesNotContain(kerlouan);
        assertThat(consultant.get("/api/w/" + slug + "/core/actors").status()).isEqualTo(404);
        assertThat(admin.post("/api/core/workspaces/" + slug + "/members", """
                                {"username": "%s", "role": "MANAGER"}""".formatted(username))
                        .status())
                .isEqualTo(201);

        browser.open(app.url("/w/principal/core/actors/list.xhtml"));
        browser.waitUntil(d -> d.getPageSource().contains("Concarneau Cornouaille Agglomération"));
        assertThat(browser.driver().getPageSource()).doesNotContain(kerlouan);

        browser.open(app.url("/w/nulle-part/"));
        assertThat(browser.driver().getPageSource()).doesNotContain(kerlouan);

        // the partner leaves the workspace: it is closed to them at once
        assertThat(admin.delete("/api/core/workspaces/" + slug + "/members/" + username)
                        .status())
                .isEqualTo(204);
        assertThat(consultant.get("/api/w/" + slug + "/core/actors").status()).isEqualTo(404);
    }

    @Test
    void aConsultantAccompaniesSeveralWorkspacesAndSeesThemSideBySide() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "plouguerneau-" + suffix;
        String place = "Tiers-lieu de Plouguerneau " + suffix;
        Http admin = new Http(app, "admin", "demo");
        assertThat(admin.post("/api/core/workspaces", """
                                {"slug": "%s", "name": "%s"}""".formatted(slug, place))
                        .status())
                .isEqualTo(201);
        assertThat(admin.post("/api/core/workspaces/" + slug + "/members", """
                                {"username": "manager", "role": "MANAGER"}""").status())
                .isEqualTo(201);
        // the board member of the first workspace accompanies the second one
        assertThat(admin.post("/api/core/workspaces/" + slug + "/members", """
                                {"username": "board", "role": "CONSULTANT"}""").status())
                .isEqualTo(201);
        Http.Response installationRole = admin.post("/api/core/workspaces/" + slug + "/members", """
                {"username": "board", "role": "NETWORK_ADMIN"}""");
        assertThat(installationRole.status()).isEqualTo(400);
        assertThat(installationRole.body()).contains("\"field\":\"role\"").contains("on the account");

        Http.Response project = new Http(app, "manager", "demo").post("/api/w/" + slug + "/core/projects", """
                {"name": "Ferme de Plouguerneau"}""");
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        long projectId = project.json().getJsonNumber("id").longValue();
        Http consultant = new Http(app, "board", "demo");
        assertThat(consultant.post("/api/w/" + slug + "/core/projects", """
                                {"name": "Pas le rôle"}""").status())
                .as("the consultant edits the journey, not the projects themselves")
                .isEqualTo(403);

        // in the browser, the consultant starts the project's journey in the workspace they accompany
        browser.open(app.url("/login.xhtml"));
        browser.driver().manage().deleteAllCookies(); // the other test of this class may have signed in
        browser.signIn(app, "board", PASSWORD);
        browser.open(app.url("/w/" + slug + "/core/projects/journey.xhtml?id=" + projectId));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/core/projects/journey.xhtml"));
        browser.click(By.id("journeyForm:start"));
        browser.waitFor(By.id("progressPanel"));

        // their home: both workspaces side by side, each read in itself
        browser.open(app.url("/core/workspaces/home.xhtml"));
        String second = browser.waitFor(By.id("ws-" + slug)).getText();
        assertThat(second)
                .contains(place)
                .contains("Accompagnement (consultant)")
                .contains("Temps 1 – Qualification")
                .contains("0 sur ")
                .contains("Aucune réunion prévue.")
                .contains("Aucune tâche en retard");
        String first = browser.waitFor(By.id("ws-principal")).getText();
        assertThat(first).contains("Espace principal").contains("Membre du CA").doesNotContain(place);
        assertThat(browser.driver().findElements(By.id("allWorkspaces"))).hasSize(1);

        // the network's knowledge in the pages: in the first workspace the board member shares a
        // finding of the demo's project; from the second, « Ce que partage le réseau » shows it with its origin
        long demoProject = PagesSmokeIT.projectId(admin, "Atelier Z – tiers-lieu");
        browser.open(app.url("/w/principal/core/projects/view.xhtml?id=" + demoProject));
        By share = By.id("findingForm:findingTable:0:share");
        browser.waitFor(share);
        String finding = browser.driver()
                .findElement(By.cssSelector("#findingForm\\:findingTable tbody tr:first-child .tl-prewrap"))
                .getText();
        assertThat(browser.driver().findElement(share).getAttribute("title")).isEqualTo("Partager avec le réseau");
        browser.click(share);
        browser.waitUntil(d -> "Ne plus partager".equals(d.findElement(share).getAttribute("title")));
        browser.open(app.url("/w/" + slug + "/core/workspaces/network.xhtml"));
        String shared = browser.waitFor(By.id("networkFindings")).getText();
        assertThat(shared).contains(finding).contains("Espace principal");
        assertThat(browser.driver().findElement(By.id("networkSheets")).getText())
                .doesNotContain(place);

        assertThat(admin.delete("/api/core/workspaces/" + slug + "/members/board")
                        .status())
                .isEqualTo(204);
        browser.open(app.url("/core/workspaces/home.xhtml"));
        browser.waitFor(By.id("ws-principal"));
        assertThat(browser.driver().findElements(By.id("ws-" + slug))).isEmpty();
    }

    @Test
    void theNetworkCreatesAWorkspaceInTheBrowserAndItsInvitedAdministratorStaffsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "plouha-" + suffix;
        String place = "La Grange de Plouha " + suffix;
        String newcomer = "morgane-" + suffix;
        String password = "la-grange-des-possibles";

        // the installation's administrator creates the workspace on the page; a bad address is named at its field
        browser.open(app.url("/login.xhtml"));
        browser.driver().manage().deleteAllCookies(); // another test of this class may have signed in
        browser.signIn(app, "admin", PASSWORD);
        browser.open(app.url("/core/workspaces/admin.xhtml"));
        browser.type(By.id("createForm:name"), place);
        browser.type(By.id("createForm:slug"), "Plouha !");
        browser.click(By.id("createForm:createWorkspace"));
        assertThat(browser.waitFor(By.cssSelector("#createForm .ui-message-error"))
                        .getText())
                .contains("Lettres minuscules");
        browser.type(By.id("createForm:slug"), slug);
        browser.click(By.id("createForm:createWorkspace"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("admin.xhtml?w=" + slug));
        assertThat(browser.waitFor(By.id("people")).getText()).contains(place).contains("Personne n’a encore de rôle");
        assertThat(browser.driver().getPageSource()).contains("est créé");

        // and invites its first administrator, a person without an account (no e-mail: the link is shown)
        browser.type(By.id("inviteForm:displayName"), "Morgane " + suffix);
        browser.type(By.id("inviteForm:username"), newcomer);
        browser.click(By.id("inviteForm:inviteMember"));
        String link = browser.waitFor(By.id("membersForm:invitationLink")).getAttribute("value");
        assertThat(link).contains("/public/core/invitation.xhtml?t=");
        assertThat(browser.waitFor(By.id("membersForm:members")).getText())
                .contains(newcomer)
                .contains("Administration")
                .contains("Invitation en attente");

        // she chooses her password and lands in Plouha, not in the first workspace
        browser.driver().manage().deleteAllCookies();
        browser.open(link);
        browser.type(By.id("invitationForm:password"), password);
        browser.type(By.id("invitationForm:confirmation"), password);
        browser.click(By.id("invitationForm:accept"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/index.xhtml"));
        browser.open(app.url("/core/actors/list.xhtml"));
        browser.waitFor(By.id("actorsForm"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Concarneau Cornouaille Agglomération");
        browser.open(app.url("/core/impact/panorama.xhtml"));
        assertThat(browser.waitFor(By.id("impactForm")).getText())
                .as("a new workspace starts with the common base of indicators")
                .contains("Usagers accueillis");
        // her workspace's settings are its own: publishing Plouha's panorama leaves the first one's as it was
        Http anonymous = new Http(app, null, null);
        boolean firstPublished =
                !anonymous.get("/public/core/impact.xhtml").body().contains("id=\"notPublished\"");
        assertThat(anonymous.get("/public/core/impact.xhtml?w=" + slug).body()).contains("id=\"notPublished\"");
        browser.click(By.id("actionsForm:publish"));
        browser.waitFor(By.id("actionsForm:publicLink"));
        assertThat(browser.driver().findElement(By.id("actionsForm:publicLink")).getAttribute("href"))
                .endsWith("/public/core/impact.xhtml?w=" + slug);
        assertThat(anonymous.get("/public/core/impact.xhtml?w=" + slug).body()).doesNotContain("id=\"notPublished\"");
        assertThat(!anonymous.get("/public/core/impact.xhtml").body().contains("id=\"notPublished\""))
                .isEqualTo(firstPublished);
        assertThat(anonymous.get("/public/core/impact.xhtml?w=nulle-part").body())
                .contains("id=\"notPublished\"");
        Http morgane = new Http(app, newcomer, password);
        assertThat(morgane.get("/api/core/workspaces").body()).contains(slug).doesNotContain("\"principal\"");
        assertThat(morgane.get("/api/core/actors").status())
                .as("no role in the first workspace")
                .isEqualTo(403);

        // she staffs her workspace, and no other; she creates none
        Http admin = new Http(app, "admin", "demo");
        String other = "autre-" + suffix;
        assertThat(admin.post("/api/core/workspaces", """
                                {"slug": "%s", "name": "Autre lieu %s"}""".formatted(other, suffix))
                        .status())
                .isEqualTo(201);
        assertThat(morgane.post("/api/w/" + slug + "/core/workspaces/" + other + "/members", """
                                {"username": "%s", "role": "ADMIN"}""".formatted(newcomer))
                        .status())
                .as("an administrator of Plouha giving herself a role elsewhere")
                .isEqualTo(403);
        assertThat(morgane.post("/api/w/" + slug + "/core/workspaces", """
                                {"slug": "a-moi-%s", "name": "À moi"}""".formatted(suffix))
                        .status())
                .isEqualTo(403);
        browser.open(app.url("/core/workspaces/admin.xhtml"));
        String listed = browser.waitFor(By.id("listForm:workspaces")).getText();
        assertThat(listed).contains(place).doesNotContain("Autre lieu " + suffix);
        assertThat(browser.driver().findElements(By.id("createForm"))).isEmpty();
        browser.open(app.url("/core/workspaces/admin.xhtml?w=" + other));
        assertThat(browser.waitFor(By.id("notStaffable")).getText()).contains("vous ne l’administrez pas");
        browser.open(app.url("/core/workspaces/admin.xhtml?w=" + slug));
        browser.type(By.id("memberForm:username"), "viewer");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("memberForm:role")))
                .selectByVisibleText("Gestionnaire du tiers-lieu");
        browser.click(By.id("memberForm:addMember"));
        browser.waitUntil(
                d -> d.findElement(By.id("membersForm:members")).getText().contains("viewer"));
        assertThat(new Http(app, "viewer", "demo")
                        .post("/api/w/" + slug + "/core/actors", """
                                {"name": "Mairie de Plouha", "kind": "LOCAL_AUTHORITY", "stance": "ALLY", "influence": 4, "interest": 3}""")
                        .status())
                .as("the role she gave counts there")
                .isEqualTo(201);
        assertThat(morgane.get("/api/w/" + slug + "/admin/backups").status())
                .as("the installation's backups are not a workspace administrator's")
                .isEqualTo(403);
        browser.open(app.url("/core/admin/users.xhtml"));
        assertThat(browser.driver().getPageSource()).as("nor are its accounts").doesNotContain("id=\"usersForm\"");
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='/core/admin/users.xhtml']")))
                .isEmpty();
        browser.open(app.url("/core/admin/privacy.xhtml"));
        browser.waitFor(By.id("privacyForm"));
        assertThat(morgane.delete("/api/w/" + slug + "/core/workspaces/" + slug + "/members/" + newcomer)
                        .status())
                .as("she cannot take herself out")
                .isEqualTo(400);
    }
}
