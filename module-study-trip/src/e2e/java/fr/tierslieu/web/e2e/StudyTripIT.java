package fr.tierslieu.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The study trip as organisers use it: register someone, see the carpool plan; the carpool engine over HTTP. */
class StudyTripIT extends BrowserTest {

    @Test
    void registerAndSeeTheCarpoolPlan() {
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/trips.xhtml"));
        browser.waitFor(By.cssSelector("#trips a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/studytrip/trip.xhtml?id="));
        String before = browser.waitFor(By.id("seats")).getText();
        browser.type(By.id("registrationForm:participantName"), "Habitant·e de Trégunc");
        browser.type(By.id("registrationForm:commune"), "Trégunc");
        browser.setNumber("registrationForm:lat", "47.8537");
        browser.setNumber("registrationForm:lon", "-3.8527");
        browser.click(By.id("registrationForm:register"));
        browser.waitUntil(d ->
                d.findElement(By.id("participantsForm:participants")).getText().contains("Habitant·e de Trégunc"));
        assertThat(before).startsWith("7 /");
        // the confirmed seats follow the registration without a reload
        browser.waitUntil(d -> d.findElement(By.id("seats")).getText().startsWith("8 /"));
        browser.click(By.id("planForm:computePlan"));
        browser.waitFor(By.id("planSummary"));
        assertThat(browser.driver().findElement(By.id("planForm:cars")).getText())
                .contains("Atelier Z")
                .contains("Bretagne Transition");
        assertThat(browser.driver().findElement(By.id("planForm:cars")).getText())
                .contains("Habitant·e de Trégunc");
        assertThat(browser.driver().findElement(By.id("planSummary")).getText()).contains("CO₂e");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The demo's trip (other tests of the suite add trips of their own). */
    long demoTrip() {
        return DemoRecords.trip(app);
    }

    @Test
    void invitePartnerWhoAnswersThePollByLinkWithoutAnAccount() {
        long trip = demoTrip();
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/poll.xhtml?id=" + trip));
        String missingBefore = browser.waitFor(By.id("missingAnswers")).getText();
        browser.type(By.id("inviteForm:inviteeName"), "Partenaire du Trégor");
        browser.type(By.id("inviteForm:inviteeEmail"), "partenaire@example.org");
        browser.click(By.id("inviteForm:invite"));
        browser.waitUntil(
                d -> d.findElement(By.id("inviteesForm:invitees")).getText().contains("Partenaire du Trégor"));
        String link = browser.driver().findElements(By.cssSelector("#inviteesForm\\:invitees tr")).stream()
                .filter(r -> r.getText().contains("Partenaire du Trégor"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input.tl-link-copy"))
                .getAttribute("value");
        assertThat(link).contains("/public/studytrip/poll.xhtml?t=");
        browser.click(By.id("topbarForm:logout"));
        browser.waitFor(By.id("loginForm:username"));

        // no account: the link alone opens the poll
        browser.open(link);
        browser.waitFor(By.id("answerForm:send"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Bonjour Partenaire du Trégor");
        browser.click(By.id("answerForm:send")); // nothing chosen: refused, nothing saved
        browser.waitUntil(
                d -> d.findElement(By.tagName("body")).getText().contains("Répondez pour chaque date proposée."));
        List<org.openqa.selenium.WebElement> yes =
                browser.driver().findElements(By.cssSelector("#answerForm input[type=radio][value='YES']"));
        assertThat(yes).hasSize(3);
        yes.forEach(org.openqa.selenium.WebElement::click);
        browser.click(By.id("answerForm:send"));
        browser.waitFor(By.id("answerForm:thanks"));
        browser.open(app.url("/public/studytrip/poll.xhtml?t=" + "x".repeat(43)));
        browser.waitFor(By.id("unknownLink"));
        assertThat(browser.consoleErrors()).isEmpty();

        Http organizer = new Http(app, "organizer", "demo");
        String results = organizer.get("/api/studytrip/trips/" + trip + "/poll").body();
        assertThat(results).doesNotContain("Partenaire du Trégor"); // answered: no longer among the missing
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/poll.xhtml?id=" + trip));
        assertThat(browser.waitFor(By.id("missingAnswers")).getText()).isEqualTo(missingBefore);
    }

    @Test
    void theDebriefIsPublishedToTheProject() {
        long trip = demoTrip();
        Http organizer = new Http(app, "organizer", "demo");
        long project;
        browser.signIn(app, "organizer", "demo");
        browser.open(app.url("/studytrip/debrief.xhtml?id=" + trip));
        browser.waitFor(By.id("notesForm:publish"));
        browser.click(By.id("notesForm:publish"));
        browser.waitUntil(d -> d.getPageSource().contains("publiés dans le projet"));
        String trips = organizer.get("/api/studytrip/trips").body();
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(trips))) {
            project = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getJsonNumber("id").longValue() == trip)
                    .mapToLong(t -> t.getJsonNumber("projectId").longValue())
                    .findFirst()
                    .orElseThrow();
        }
        String findings =
                organizer.get("/api/core/projects/" + project + "/findings").body();
        assertThat(findings)
                .contains("Ne pas dépendre d’une seule grosse subvention")
                .contains("\"source\":\"studytrip\"");
        String schedule =
                organizer.get("/api/core/projects/" + project + "/schedule").body();
        assertThat(schedule).contains("Un·e salarié·e dédié·e à l’animation dès la première année.");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void carpoolAndRegistrationOverHttp() {
        Http organizer = new Http(app, "organizer", "demo");
        Http.Response plan = organizer.post("/api/studytrip/carpool", """
                {"destination": {"lat": 48.1173, "lon": -1.6778},
                 "drivers": [{"id": "Névez", "lat": 47.8195, "lon": -3.7927, "seats": 2}],
                 "passengers": [{"id": "Quimperlé", "lat": 47.8725, "lon": -3.5490}, {"id": "Brest", "lat": 48.3904, "lon": -4.4861},
                                {"id": "Pont-Aven", "lat": 47.855, "lon": -3.747}]}""");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonObject body = plan.json();
        assertThat(body.getBoolean("optimal")).isTrue();
        assertThat(body.getJsonArray("unseated")).hasSize(1);
        assertThat(body.getJsonArray("unseated").getString(0)).isEqualTo("Brest"); // the farthest off the road
        Http.Response bad = organizer.post("/api/studytrip/carpool", """
                {"destination": {"lat": 148, "lon": 0}, "drivers": [{"lat": 47.8, "lon": -3.7, "seats": 12}]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("destination").contains("drivers[0]");

        Http.Response trip = organizer.post("/api/studytrip/trips", """
                {"title": "Petit voyage", "date": "2027-06-01", "destination": "Rennes", "lat": 48.1173, "lon": -1.6778, "capacity": 1}""");
        assertThat(trip.status()).as(trip.body()).isEqualTo(201);
        long id = trip.json().getJsonNumber("id").longValue();
        assertThat(organizer
                        .post("/api/studytrip/trips/" + id + "/participants", "{\"name\": \"Une\"}")
                        .json()
                        .getString("status"))
                .isEqualTo("CONFIRMED");
        assertThat(organizer
                        .post("/api/studytrip/trips/" + id + "/participants", "{\"name\": \"Deux\"}")
                        .json()
                        .getString("status"))
                .isEqualTo("WAITING");
        assertThat(new Http(app, "viewer", "demo")
                        .post("/api/studytrip/trips", "{\"title\": \"x\"}")
                        .status())
                .isEqualTo(403);
    }
}
