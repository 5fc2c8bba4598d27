package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The manager's economic model: change a price and see the result and the cash curve follow; the REST API. */
class EconomyIT extends BrowserTest {

    static final String SEMINAR_PRICE = "modelForm:tabs:activities:3:unitPrice";

    static long demoModel(Http http) {
        try (var reader = Json.createReader(
                new StringReader(http.get("/api/economy/models").body()))) {
            return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    double cashSum() {
        Object v = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return PrimeFaces.widgets['widget_modelForm_cashChart'].cfg.config.data.datasets[0].data.reduce((a, b) => a + b, 0);");
        return ((Number) v).doubleValue();
    }

    @Test
    void changeAPriceSeeTheResultAndTheChartChangeThenSave() {
        Http manager = new Http(app, "manager", "demo");
        long id = demoModel(manager);
        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/economy/models.xhtml"));
        browser.waitFor(By.cssSelector("#modelsForm\\:models a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/economy/model.xhtml?id="));
        String before = browser.waitFor(By.id("result1")).getText();
        // each column of the assumptions is headed by its field's name (not by EL's implicit « header »)
        assertThat(browser.driver()
                        .findElement(By.id("modelForm:tabs:activities"))
                        .getText())
                .startsWith("Nom")
                .doesNotContain("sec-fetch");
        double cashBefore = cashSum();
        // the cash curve's text alternative: the same figures as a table, one row per month
        org.openqa.selenium.WebElement data = browser.driver().findElement(By.cssSelector("#modelForm .tl-chart-data"));
        data.findElement(By.tagName("summary")).click();
        java.util.List<org.openqa.selenium.WebElement> rows = data.findElements(By.cssSelector("tbody tr"));
        long months = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return PrimeFaces.widgets['widget_modelForm_cashChart'].cfg.config.data.labels.length;");
        assertThat(rows).hasSize((int) months);
        assertThat(data.findElement(By.cssSelector("thead")).getText()).startsWith("Mois");

        browser.changeNumber(SEMINAR_PRICE, "2000");
        browser.waitUntil(d -> !d.findElement(By.id("result1")).getText().equals(before));
        assertThat(browser.driver().findElement(By.id("result1")).getText()).isNotEqualTo(before);
        assertThat(cashSum())
                .isGreaterThan(cashBefore); // 20 seminar days × 800 € more, less 35 % direct costs, every year

        browser.changeNumber(SEMINAR_PRICE, "-10");
        browser.waitFor(By.id("modelForm:problems"));
        browser.waitUntil(
                d -> d.findElement(By.id("modelForm")).getText().contains("Le montant ne peut pas être négatif."));
        browser.clickAndWaitForUpdate(By.id("modelForm:save"), By.id(SEMINAR_PRICE + "_input"));
        browser.waitUntil(
                d -> d.findElement(By.id("modelForm")).getText().contains("Le montant ne peut pas être négatif."));
        assertThat(manager.get("/api/economy/models/" + id).body()).contains("\"unitPrice\":1200");

        browser.changeNumber(SEMINAR_PRICE, "1300");
        browser.waitUntil(d -> d.findElements(By.id("modelForm:problems")).isEmpty());
        browser.click(By.id("modelForm:save"));
        browser.waitUntil(d -> d.getPageSource().contains("Enregistré."));
        assertThat(manager.get("/api/economy/models/" + id).body()).contains("\"unitPrice\":1300");

        // the forecast tab: the compte de résultat with 777 and the CAF, the funders' overview
        browser.driver().findElement(By.cssSelector("a[href*='forecastTab']")).click();
        browser.waitFor(By.id("quotePartRow"));
        assertThat(browser.driver().findElement(By.id("cafRow")).getText()).startsWith("Capacité d’autofinancement");
        assertThat(browser.waitFor(By.id("modelForm:tabs:funders")).getText())
                .contains(
                        "Agence nationale de la cohésion des territoires (ANCT) 2026",
                        "À demander",
                        "Convention d'objectifs");

        // only the tab shown is in the page; the others load when opened, and stay open across updates
        assertThat(browser.driver().findElements(By.id("modelForm:tabs:computeSensitivity")))
                .isEmpty();
        browser.driver().findElement(By.cssSelector("a[href*='riskTab']")).click();
        browser.click(By.id("modelForm:tabs:computeSensitivity"));
        browser.waitFor(By.id("modelForm:tabs:tornadoChart"));
        browser.setNumber("modelForm:tabs:runs", "2000");
        browser.click(By.id("modelForm:tabs:computeRisk"));
        browser.waitFor(By.id("modelForm:tabs:riskTable"));
        assertThat(browser.driver()
                        .findElement(By.id("modelForm:tabs:riskTable"))
                        .getText())
                .contains("%");
        browser.clickAndWaitForUpdate(By.id("modelForm:save"), By.id("modelForm:tabs:computeSensitivity"));
        assertThat(browser.waitFor(By.id("modelForm:tabs:computeSensitivity")).isDisplayed())
                .isTrue();

        // the scenarios tab (its own bean): a new scenario is saved and compared with the model
        browser.driver().findElement(By.cssSelector("a[href*='scenariosTab']")).click();
        browser.click(By.id("modelForm:tabs:newScenario"));
        browser.type(By.id("modelForm:tabs:scenarioName"), "Prudent");
        browser.click(By.id("modelForm:tabs:saveScenario"));
        browser.waitUntil(
                d -> d.findElement(By.id("modelForm:tabs:scenarios")).getText().contains("Prudent"));
        assertThat(browser.driver()
                        .findElement(By.id("modelForm:tabs:comparison"))
                        .getText())
                .contains("Prudent");

        // the actual figures tab (its own bean): a figure entered shows in the list
        String startYear =
                manager.get("/api/economy/models/" + id).body().replaceAll("(?s).*\"startYear\":(\\d+).*", "$1");
        browser.driver().findElement(By.cssSelector("a[href*='actualsTab']")).click();
        browser.type(By.id("modelForm:tabs:actualPeriod"), startYear + "-01");
        browser.setNumber("modelForm:tabs:actualAmount", "1234");
        browser.click(By.id("modelForm:tabs:addActual"));
        browser.waitUntil(
                d -> d.findElement(By.id("modelForm:tabs:actuals")).getText().contains(startYear + "-01"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /**
     * Issue 18, part 3: the premises of a copy of the demo model — the simulated year over HTTP and in
     * the page, a change that frees a room, a bad hour refused at its field, then « Reporter dans le
     * modèle » and save.
     */
    @Test
    void premisesAreSizedSimulatedAndCarriedIntoTheModel() {
        Http manager = new Http(app, "manager", "demo");
        String demo = manager.get("/api/economy/models/" + demoModel(manager)).body();
        Http.Response created =
                manager.post("/api/economy/models", demo.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Locaux IT\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        Http.Response year = new Http(app, "viewer", "demo").get("/api/economy/models/" + id + "/occupancy");
        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(year.json().getJsonArray("spaces")).hasSize(5);
        var needs = year.json().getJsonArray("needs");
        assertThat(needs.getJsonObject(3).getString("reason")).isEqualTo("CONFLICT");
        assertThat(needs.getJsonObject(3).getJsonNumber("servedShare").doubleValue())
                .isEqualTo(0.5);
        assertThat(needs.getJsonObject(5).getString("reason")).isEqualTo("NO_SPACE");

        browser.signIn(app, "manager", "demo");
        browser.open(app.url("/economy/model.xhtml?id=" + id));
        browser.waitFor(By.cssSelector("a[href*='premisesTab']")).click();
        browser.waitFor(By.id("spaceResults"));
        assertThat(browser.driver().findElement(By.id("modelForm:tabs:spaces")).getText())
                .startsWith("Nom")
                .doesNotContain("sec-fetch");
        assertThat(browser.driver().findElement(By.id("needResults")).getText())
                .contains("Séminaires d’entreprise", "Café associatif");
        assertThat(browser.driver().findElement(By.id("advice5")).getText()).contains("à louer");
        assertThat(browser.driver().findElement(By.id("advice3")).getText()).contains("Séminaires d’entreprise");
        assertThat(browser.driver().findElement(By.id("hosted3")).getText()).startsWith("50");

        // fewer seminar participants: the trainings fit beside them on Thursdays
        browser.changeNumber("modelForm:tabs:needs:2:users", "12");
        browser.waitUntil(d -> d.findElement(By.id("hosted3")).getText().startsWith("100"));

        // an hour that ends before it starts is refused at its field; nothing is simulated meanwhile
        browser.changeNumber("modelForm:tabs:needs:2:to", "8");
        browser.waitFor(By.id("premisesInvalid"));
        browser.waitUntil(d ->
                d.findElement(By.id("modelForm")).getText().contains("Des heures de 0 à 24, la fin après le début."));
        browser.changeNumber("modelForm:tabs:needs:2:to", "18");
        browser.waitFor(By.id("spaceResults"));

        browser.click(By.id("modelForm:tabs:applyPremises"));
        browser.waitUntil(d -> d.getPageSource().contains("Travaux – Grenier – salle de séminaire"));
        assertThat(browser.driver().getPageSource()).contains("Investissement ajouté");
        browser.click(By.id("modelForm:save"));
        browser.waitUntil(d -> d.getPageSource().contains("Enregistré."));
        String saved = manager.get("/api/economy/models/" + id).body();
        assertThat(saved).contains("Travaux – Grenier – salle de séminaire", "\"users\":12");
        assertThat(manager.delete("/api/economy/models/" + id).status()).isEqualTo(204);
    }

    @Test
    void modelsOverHttp() {
        Http manager = new Http(app, "manager", "demo");
        long demo = demoModel(manager);
        Http.Response doc = manager.get("/api/economy/models/" + demo);
        assertThat(doc.status()).isEqualTo(200);
        JsonObject model = doc.json();

        // the engine without saving: a document in, the forecast out
        Http.Response forecast = new Http(app, "viewer", "demo").post("/api/economy/forecast", doc.body());
        assertThat(forecast.status()).as(forecast.body()).isEqualTo(200);
        assertThat(forecast.json().getJsonArray("years")).hasSize(5);
        assertThat(forecast.json().getJsonArray("monthlyCash")).hasSize(60);
        // the funder's budget (Cerfa n° 12156*06) for a year of the model; a year outside it is named
        int firstYear0 = forecast.json().getJsonArray("years").getJsonObject(0).getInt("year");
        Http.Response cerfa = new Http(app, "viewer", "demo")
                .download("/api/economy/models/" + demo + "/cerfa.pdf?year=" + firstYear0);
        assertThat(cerfa.status()).isEqualTo(200);
        assertThat(cerfa.header("Content-Type")).startsWith("application/pdf");
        Http.Response outside =
                manager.download("/api/economy/models/" + demo + "/cerfa.xlsx?year=" + (firstYear0 + 20));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("year");
        // the Région's investment grant for the barn works is taken to the result as they depreciate (777)
        JsonObject firstYear = forecast.json().getJsonArray("years").getJsonObject(0);
        assertThat(firstYear.getJsonNumber("investmentSubsidyShare").doubleValue())
                .isEqualTo(2_250);
        assertThat(firstYear.getJsonNumber("selfFinancingCapacity").doubleValue())
                .isCloseTo(
                        firstYear.getJsonNumber("result").doubleValue()
                                + firstYear.getJsonNumber("depreciation").doubleValue()
                                - 2_250
                                + firstYear
                                        .getJsonNumber("dedicatedFundsCarried")
                                        .doubleValue()
                                - firstYear.getJsonNumber("dedicatedFundsUsed").doubleValue(),
                        org.assertj.core.api.Assertions.within(0.03));
        assertThat(firstYear.getJsonNumber("dedicatedFundsCarried").doubleValue())
                .isPositive(); // the demo's unspent grant (689)
        Http.Response bad =
                manager.post("/api/economy/forecast", doc.body().replace("\"months\":60", "\"months\":null"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("loans[0].months");

        // create a copy under another name, change it with the version read, refuse a stale one, delete it
        String copy = doc.body().replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Copie API\"");
        Http.Response created = manager.post("/api/economy/models", copy);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getJsonArray("scenarios"))
                .hasSize(model.getJsonArray("scenarios").size());
        String first = manager.get("/api/economy/models/" + id).body();
        assertThat(manager.put(
                                "/api/economy/models/" + id,
                                first.replace("\"openingCash\":35000", "\"openingCash\":36000"))
                        .status())
                .isEqualTo(200);
        assertThat(manager.put("/api/economy/models/" + id, first).status()).isEqualTo(409);
        assertThat(new Http(app, "viewer", "demo")
                        .post("/api/economy/models", copy.replace("Copie API", "Copie 2"))
                        .status())
                .isEqualTo(403);
        // actual figures from the books: a FEC, all or nothing, the bad line named
        String fec =
                "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\t"
                        + "PieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise\r\n"
                        + "VT\tVentes\t1\t20260310\t706000\tPrestations\t\t\tF1\t20260310\tSéminaire\t0,00\t1800,00\t\t\t20260310\t\t\r\n"
                        + "BQ\tBanque\t2\t20260310\t512000\tBanque\t\t\tF1\t20260310\tSéminaire\t1800,00\t0,00\t\t\t20260310\t\t\r\n";
        Http.Response imported = manager.postText("/api/economy/models/" + id + "/import/fec", fec);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("entries")).isEqualTo(2);
        assertThat(imported.json().getInt("figures")).isEqualTo(1);
        Http.Response badFec = manager.postText(
                "/api/economy/models/" + id + "/import/fec", fec.replace("20260310\t512000", "2026-03-10\t512000"));
        assertThat(badFec.status()).isEqualTo(400);
        assertThat(badFec.body()).contains("fecFile", "3");
        assertThat(new Http(app, "viewer", "demo")
                        .postText("/api/economy/models/" + id + "/import/fec", fec)
                        .status())
                .isEqualTo(403);
        assertThat(manager.delete("/api/economy/models/" + id).status()).isEqualTo(204);
        assertThat(manager.get("/api/economy/models/" + id).status()).isEqualTo(404);

        // deleting a funder first says which subsidies it funds (the module's ActorUsageProvider)
        String region = manager.get("/api/core/actors?q=R%C3%A9gion%20Bretagne").body();
        long regionId = Long.parseLong(region.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        Http.Response refused = manager.delete("/api/core/actors/" + regionId);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Région Bretagne – investissement");

        // the subsidy deadlines are milestones of the project's roadmap
        long project = model.getJsonNumber("projectId").longValue();
        assertThat(manager.get("/api/core/projects/" + project + "/schedule").body())
                .contains("\"source\":\"economy\"")
                .contains("Département du Finistère");
    }
}
