package fr.tierslieu.studytrip.application;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.studytrip.domain.Participant;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;

/** A registration form: an actor of the registry or an external person, and their constraints. */
public class Registration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long actorId;

    @jakarta.validation.constraints.NotBlank(message = REQUIRED)
    @jakarta.validation.constraints.Size(max = Participant.NAME_MAX, message = TOO_LONG)
    private String name;

    @jakarta.validation.constraints.Size(max = Participant.TEXT_MAX, message = TOO_LONG)
    private String email;

    @jakarta.validation.constraints.Size(max = Participant.TEXT_MAX, message = TOO_LONG)
    private String diet;

    @jakarta.validation.constraints.Size(max = Participant.TEXT_MAX, message = TOO_LONG)
    private String accessibility;

    @jakarta.validation.constraints.Size(max = Participant.TEXT_MAX, message = TOO_LONG)
    private String commune;

    private BigDecimal lat;
    private BigDecimal lon;
    private boolean driver;
    private Integer freeSeats = 0;

    public Registration() {}

    public Registration(String name, boolean driver, int freeSeats, BigDecimal lat, BigDecimal lon) {
        this.name = name;
        this.driver = driver;
        this.freeSeats = freeSeats;
        this.lat = lat;
        this.lon = lon;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDiet() {
        return diet;
    }

    public void setDiet(String diet) {
        this.diet = diet;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public void setLat(BigDecimal lat) {
        this.lat = lat;
    }

    public BigDecimal getLon() {
        return lon;
    }

    public void setLon(BigDecimal lon) {
        this.lon = lon;
    }

    public boolean isDriver() {
        return driver;
    }

    public void setDriver(boolean driver) {
        this.driver = driver;
    }

    public Integer getFreeSeats() {
        return freeSeats;
    }

    public void setFreeSeats(Integer freeSeats) {
        this.freeSeats = freeSeats;
    }
}
