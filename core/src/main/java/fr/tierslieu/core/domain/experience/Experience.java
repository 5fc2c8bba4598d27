package fr.tierslieu.core.domain.experience;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sheet of the experience library: another tiers-lieu or hybrid place — where it is, its legal form,
 * what it offers, its figures, how it is governed — and the lessons learnt there. « Illustrative »
 * marks the demo's invented places; « ours » the sheet of our own place, the one compared with the
 * others and from which distances are measured.
 */
@Entity
@Table(name = "core_experience")
public class Experience extends WorkspaceScoped implements Auditable {

    /** Lessons of one sheet at most. */
    public static final int MAX_LESSONS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "census_id", length = 40)
    private String censusId;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "commune", length = 120)
    private String commune;

    @Column(name = "department", length = 3)
    private String department;

    @Column(name = "region", length = 80)
    private String region;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", length = 20, nullable = false)
    private LegalForm legalForm;

    @Column(name = "year_opened")
    private Integer yearOpened;

    @Column(name = "typology", length = 200)
    private String typology;

    @Column(name = "budget")
    private Long budget;

    @Column(name = "own_resources_pct")
    private Integer ownResourcesPct;

    @Column(name = "staff_fte")
    private Double staffFte;

    @Column(name = "volunteers")
    private Integer volunteers;

    @Column(name = "surface_m2")
    private Integer surfaceM2;

    @Column(name = "governance", length = 2000)
    private String governance;

    @Column(name = "sources", length = 2000)
    private String sources;

    @Column(name = "website", length = 300)
    private String website;

    @Column(name = "email", length = 200)
    private String email;

    /** Offers as stored: constants separated by commas. */
    @Column(name = "offers", nullable = false, length = 400)
    private String offers = "";

    @Column(name = "illustrative", nullable = false)
    private boolean illustrative;

    @Column(name = "ours", nullable = false)
    private boolean ours;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Readable by the other workspaces of the installation (the network's shared knowledge). */
    @Column(name = "shared", nullable = false)
    private boolean shared;

    @ElementCollection
    @CollectionTable(name = "core_experience_lesson", joinColumns = @JoinColumn(name = "experience_id"))
    @OrderColumn(name = "position")
    private List<Lesson> lessons = new ArrayList<>();

    protected Experience() {}

    public Experience(ExperienceDraft d, Instant now) {
        describe(d, now);
    }

    /** Takes the checked fields of {@code d}; lessons and « ours » are kept. */
    public void describe(ExperienceDraft d, Instant now) {
        this.name = d.getName();
        this.censusId = d.getCensusId();
        this.address = d.getAddress();
        this.postcode = d.getPostcode();
        this.commune = d.getCommune();
        this.department = d.getDepartment();
        this.region = d.getRegion();
        this.latitude = d.getLatitude();
        this.longitude = d.getLongitude();
        this.legalForm = d.getLegalForm();
        this.yearOpened = d.getYearOpened();
        this.typology = d.getTypology();
        this.budget = d.getBudget();
        this.ownResourcesPct = d.getOwnResourcesPct();
        this.staffFte = d.getStaffFte();
        this.volunteers = d.getVolunteers();
        this.surfaceM2 = d.getSurfaceM2();
        this.governance = d.getGovernance();
        this.sources = d.getSources();
        this.website = d.getWebsite();
        this.email = d.getEmail();
        this.offers = d.getOffers().stream().map(Enum::name).collect(Collectors.joining(","));
        this.illustrative = d.isIllustrative();
        this.updatedAt = now;
    }

    /** The fields as a draft, to edit. */
    public ExperienceDraft draft() {
        ExperienceDraft d = new ExperienceDraft();
        d.setName(name);
        d.setCensusId(censusId);
        d.setAddress(address);
        d.setPostcode(postcode);
        d.setCommune(commune);
        d.setDepartment(department);
        d.setRegion(region);
        d.setLatitude(latitude);
        d.setLongitude(longitude);
        d.setLegalForm(legalForm);
        d.setYearOpened(yearOpened);
        d.setTypology(typology);
        d.setBudget(budget);
        d.setOwnResourcesPct(ownResourcesPct);
        d.setStaffFte(staffFte);
        d.setVolunteers(volunteers);
        d.setSurfaceM2(surfaceM2);
        d.setGovernance(governance);
        d.setSources(sources);
        d.setWebsite(website);
        d.setEmail(email);
        d.setOffers(getOffers());
        d.setIllustrative(illustrative);
        return d;
    }

    public void markOurs(boolean ours) {
        this.ours = ours;
    }

    /** Shares the sheet with the other workspaces of the installation, or stops sharing it. */
    public void share(boolean shared) {
        this.shared = shared;
    }

    public boolean isShared() {
        return shared;
    }

    /** Adds a lesson, or replaces the one from the same {@code origin} (a debrief published again). */
    public void learn(Lesson lesson) {
        if (lesson.getOrigin() != null) {
            for (int i = 0; i < lessons.size(); i++) {
                if (lesson.getOrigin().equals(lessons.get(i).getOrigin())) {
                    lessons.set(i, lesson);
                    return;
                }
            }
        }
        lessons.add(lesson);
    }

    /** Replaces the lessons that came from {@code origin} (a file imported again) by {@code fresh}. */
    public void relearn(String origin, List<Lesson> fresh) {
        lessons.removeIf(l -> origin.equals(l.getOrigin()));
        lessons.addAll(fresh);
    }

    public void forget(int index) {
        if (index >= 0 && index < lessons.size()) {
            lessons.remove(index);
        }
    }

    /** Distance in km from a point, or null when either has no coordinates. */
    public Double distanceFrom(Double lat, Double lon) {
        if (!Geo.valid(latitude, longitude) || !Geo.valid(lat, lon)) {
            return null;
        }
        return Geo.distanceKm(lat, lon, latitude, longitude);
    }

    public SizeClass sizeClass() {
        return SizeClass.of(budget);
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCensusId() {
        return censusId;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCommune() {
        return commune;
    }

    public String getDepartment() {
        return department;
    }

    public String getRegion() {
        return region;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public Integer getYearOpened() {
        return yearOpened;
    }

    public String getTypology() {
        return typology;
    }

    public Long getBudget() {
        return budget;
    }

    public Integer getOwnResourcesPct() {
        return ownResourcesPct;
    }

    public Double getStaffFte() {
        return staffFte;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public Integer getSurfaceM2() {
        return surfaceM2;
    }

    public String getGovernance() {
        return governance;
    }

    public String getSources() {
        return sources;
    }

    public String getWebsite() {
        return website;
    }

    public String getEmail() {
        return email;
    }

    public Set<Offer> getOffers() {
        Set<Offer> out = EnumSet.noneOf(Offer.class);
        if (offers != null && !offers.isBlank()) {
            Arrays.stream(offers.split(",")).forEach(o -> out.add(Offer.valueOf(o)));
        }
        return out;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public boolean isOurs() {
        return ours;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
