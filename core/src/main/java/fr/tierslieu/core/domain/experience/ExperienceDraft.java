package fr.tierslieu.core.domain.experience;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of an experience sheet as a form or an import line fills them, with their limits
 * (Bean Validation: each refusal names its field); {@link Experience#describe} takes them once
 * checked. Texts are trimmed and empty ones become null by the setters.
 */
public class ExperienceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The place's name. */
    @NotBlank
    @Size(max = 200)
    private String name = "";
    /** Its identifier in the census file it was imported from, to update it on the next import. */
    @Size(max = 40)
    private String censusId;

    @Size(max = 300)
    private String address;

    @Size(max = 10)
    private String postcode;

    @Size(max = 120)
    private String commune;
    /** Department number, « 29 ». */
    @Pattern(regexp = "\\d{2,3}|2[AB]")
    private String department;

    @Size(max = 80)
    private String region;

    @DecimalMin("-90")
    @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    private Double longitude;

    @NotNull
    private LegalForm legalForm = LegalForm.UNKNOWN;

    @Min(1800)
    @Max(2100)
    private Integer yearOpened;
    /** The census's own typology, as given (« Tiers lieux à dominante coworking »). */
    @Size(max = 200)
    private String typology;
    /** Yearly budget, euros. */
    @PositiveOrZero
    @Max(1_000_000_000)
    private Long budget;
    /** Share of own resources (sales, dues) in the budget, percent. */
    @Min(0)
    @Max(100)
    private Integer ownResourcesPct;
    /** Employees, full-time equivalents. */
    @DecimalMin("0")
    @DecimalMax("10000")
    private Double staffFte;

    @Min(0)
    @Max(1_000_000)
    private Integer volunteers;

    @Min(0)
    @Max(10_000_000)
    private Integer surfaceM2;
    /** How it is governed, in a few words. */
    @Size(max = 2000)
    private String governance;
    /** Where the figures come from (report, visit, census, year). */
    @Size(max = 2000)
    private String sources;

    @Size(max = 300)
    private String website;
    /** The place's contact address (not a person's). */
    @Email
    @Size(max = 200)
    private String email;

    private Set<Offer> offers = EnumSet.noneOf(Offer.class);
    private boolean illustrative;

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v == null ? "" : v.trim();
    }

    public String getCensusId() {
        return censusId;
    }

    public void setCensusId(String v) {
        censusId = v == null || v.isBlank() ? null : v.trim();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v == null || v.isBlank() ? null : v.trim();
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String v) {
        postcode = v == null || v.isBlank() ? null : v.trim();
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String v) {
        commune = v == null || v.isBlank() ? null : v.trim();
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String v) {
        department = v == null || v.isBlank() ? null : v.trim();
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String v) {
        region = v == null || v.isBlank() ? null : v.trim();
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double v) {
        latitude = v;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double v) {
        longitude = v;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm v) {
        legalForm = v;
    }

    public Integer getYearOpened() {
        return yearOpened;
    }

    public void setYearOpened(Integer v) {
        yearOpened = v;
    }

    public String getTypology() {
        return typology;
    }

    public void setTypology(String v) {
        typology = v == null || v.isBlank() ? null : v.trim();
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long v) {
        budget = v;
    }

    public Integer getOwnResourcesPct() {
        return ownResourcesPct;
    }

    public void setOwnResourcesPct(Integer v) {
        ownResourcesPct = v;
    }

    public Double getStaffFte() {
        return staffFte;
    }

    public void setStaffFte(Double v) {
        staffFte = v;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public void setVolunteers(Integer v) {
        volunteers = v;
    }

    public Integer getSurfaceM2() {
        return surfaceM2;
    }

    public void setSurfaceM2(Integer v) {
        surfaceM2 = v;
    }

    public String getGovernance() {
        return governance;
    }

    public void setGovernance(String v) {
        governance = v == null || v.isBlank() ? null : v.trim();
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String v) {
        sources = v == null || v.isBlank() ? null : v.trim();
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String v) {
        website = v == null || v.isBlank() ? null : v.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v == null || v.isBlank() ? null : v.trim();
    }

    public Set<Offer> getOffers() {
        return offers;
    }

    public void setOffers(Set<Offer> v) {
        offers =
                v == null ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(v.isEmpty() ? EnumSet.noneOf(Offer.class) : v);
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public void setIllustrative(boolean v) {
        illustrative = v;
    }
}
