package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.actor.DeletionImpact;
import fr.tierslieu.core.application.security.AccessDeniedException;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Assessment;
import fr.tierslieu.core.domain.actor.EngagementLevel;
import fr.tierslieu.core.domain.actor.MaturityLevel;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.shared.ConcurrentEditException;
import fr.tierslieu.core.domain.shared.NotFoundException;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.ChartConfig;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An actor's page: who it is, its position and how it evolved (chart), its relationships and
 * memberships (add, remove), and deletion after seeing what it would affect.
 */
@Named
@ViewScoped
public class ActorViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorService actors;

    @Inject
    Msg msg;

    @Inject
    fr.tierslieu.core.application.meeting.MeetingService meetings;

    @Inject
    fr.tierslieu.core.application.actor.PersonalDataService personalData;

    private transient fr.tierslieu.core.application.meeting.Attendance attendance;

    /** Meetings the actor was invited to and came to: part of its engagement history. */
    public fr.tierslieu.core.application.meeting.Attendance getAttendance() {
        if (attendance == null) {
            attendance = meetings.attendanceOf(id);
        }
        return attendance;
    }

    private Long id;
    private transient Actor actor;
    private transient List<Relationship> relationships;
    private transient List<Membership> memberships;
    private transient DeletionImpact impact;
    private transient List<Actor> otherActors;
    private transient List<Actor> membershipCandidates;

    // New relationship
    private Long otherId;
    private boolean outgoing = true;
    private RelationshipType relationType = RelationshipType.PARTNER;
    private int strength = 2;
    private String note;
    // New membership
    private Long membershipOtherId;
    private String membershipRole;

    /** f:viewAction: loads the actor or answers 404. */
    public void load() throws IOException {
        if (id == null) {
            FacesSupport.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            FacesSupport.notFound();
        }
    }

    private void reload() {
        otherActors = null;
        membershipCandidates = null;
        actor = actors.get(id);
        relationships = actors.relationshipsOf(id);
        memberships = actors.membershipsOf(id);
    }

    public Actor getActor() {
        if (actor == null && id != null) {
            reload();
        }
        return actor;
    }

    public List<Relationship> getRelationships() {
        if (relationships == null && id != null) {
            reload();
        }
        return relationships;
    }

    public List<Membership> getMemberships() {
        if (memberships == null && id != null) {
            reload();
        }
        return memberships;
    }

    /** Assessments, most recent first. */
    public List<Assessment> getAssessments() {
        List<Assessment> list = new ArrayList<>(getActor().getAssessments());
        java.util.Collections.reverse(list);
        return list;
    }

    /** Engagement (0–5) and maturity (1–5) over time, as a stepped line chart. */
    public String getHistoryChart() {
        List<String> labels = new ArrayList<>();
        List<Integer> engagement = new ArrayList<>();
        List<Integer> maturity = new ArrayList<>();
        for (Assessment a : getActor().getAssessments()) {
            labels.add(a.getAssessedOn().toString());
            engagement.add(a.getPosition().getEngagement().rank());
            maturity.add(a.getPosition().getMaturity().rank());
        }
        return ChartConfig.of("line")
                .labels(labels)
                .dataset(
                        msg.get("core.actor.engagement"),
                        engagement,
                        Map.of("stepped", true, "borderColor", "#2f6f4e", "backgroundColor", "#2f6f4e"))
                .dataset(
                        msg.get("core.actor.maturity"),
                        maturity,
                        Map.of("stepped", true, "borderColor", "#c77c02", "backgroundColor", "#c77c02"))
                .option("scales.y.min", 0)
                .option("scales.y.max", 5)
                .option("scales.y.ticks.stepSize", 1)
                .option(
                        "plugins.tlLevels.engagement",
                        Arrays.stream(EngagementLevel.values()).map(msg::label).toList())
                .option(
                        "plugins.tlLevels.maturity",
                        Arrays.stream(MaturityLevel.values()).map(msg::label).toList())
                .toJson();
    }

    /** Other actors, for the relationship and membership pickers. */
    public List<Actor> getOtherActors() {
        if (otherActors == null) { // Faces reads it at every render and validation: query once
            otherActors = actors.list(ActorFilter.none()).stream()
                    .filter(a -> !a.getId().equals(id))
                    .toList();
        }
        return otherActors;
    }

    /** Organisations (for a person) or persons (for an organisation), for the membership picker. */
    public List<Actor> getMembershipCandidates() {
        if (membershipCandidates == null) {
            ActorType wanted = getActor().getType() == ActorType.PERSON ? ActorType.ORGANISATION : ActorType.PERSON;
            membershipCandidates = actors.list(new ActorFilter(null, wanted, null, null, null, null, null));
        }
        return membershipCandidates;
    }

    public void addRelationship() {
        FacesSupport.attempt(msg, "relForm", () -> {
            if (otherId == null) {
                throw ValidationFailure.of("other", msg.get("core.error.required"));
            }
            long source = outgoing ? id : otherId;
            long target = outgoing ? otherId : id;
            actors.relate(source, target, relationType, strength, note, Msg.locale());
            FacesSupport.info(msg.get("core.relationship.added"));
            otherId = null;
            note = null;
            reload();
        });
    }

    public void removeRelationship(long relationshipId) {
        FacesSupport.attempt(msg, null, () -> {
            actors.removeRelationship(relationshipId);
            reload();
        });
    }

    public void addMembership() {
        FacesSupport.attempt(msg, "memberForm", () -> {
            if (membershipOtherId == null) {
                throw ValidationFailure.of("membershipOther", msg.get("core.error.required"));
            }
            boolean isPerson = getActor().getType() == ActorType.PERSON;
            actors.addMembership(
                    isPerson ? id : membershipOtherId, isPerson ? membershipOtherId : id, membershipRole, Msg.locale());
            FacesSupport.info(msg.get("core.membership.added"));
            membershipOtherId = null;
            membershipRole = null;
            reload();
        });
    }

    public void removeMembership(long membershipId) {
        FacesSupport.attempt(msg, null, () -> {
            actors.removeMembership(membershipId);
            reload();
        });
    }

    /** Computes what deleting would affect, for the confirmation dialog. */
    public void prepareDelete() {
        impact = actors.impactOfDeleting(id, Msg.locale());
    }

    public void delete() throws IOException {
        try {
            actors.delete(id, getActor().getVersion());
            FacesSupport.info(msg.format("core.actor.deleted", getActor().getName()));
            FacesSupport.keepMessages();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/core/actors/list.xhtml");
        } catch (ConcurrentEditException e) {
            FacesSupport.error(msg.get("core.error.conflict"));
            reload();
        } catch (AccessDeniedException e) {
            FacesSupport.error(msg.get("core.error.denied"));
        }
    }

    /** The person's data as a JSON file, to hand to them (RGPD art. 15 and 20; managers). */
    public org.primefaces.model.StreamedContent getPersonalData() {
        byte[] bytes = personalData.export(id, Msg.locale());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("donnees-personnelles-" + id + ".json")
                .contentType("application/json; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    /** Erases the person's data at their request, then shows what is left and why. */
    public void erase() throws IOException {
        fr.tierslieu.core.application.actor.PersonalDataService.Erasure[] done =
                new fr.tierslieu.core.application.actor.PersonalDataService.Erasure[1];
        if (FacesSupport.attempt(
                msg,
                "actionsForm",
                () -> done[0] = personalData.erase(id, getActor().getVersion(), Msg.locale()))) {
            FacesSupport.info(fr.tierslieu.core.web.admin.ErasureMessages.of(msg, done[0]));
            FacesSupport.keepMessages();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/core/actors/view.xhtml?id=" + id);
        } else {
            reload();
        }
    }

    public DeletionImpact getImpact() {
        return impact;
    }

    public RelationshipType[] getRelationshipTypes() {
        return RelationshipType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOtherId() {
        return otherId;
    }

    public void setOtherId(Long otherId) {
        this.otherId = otherId;
    }

    public boolean isOutgoing() {
        return outgoing;
    }

    public void setOutgoing(boolean outgoing) {
        this.outgoing = outgoing;
    }

    public RelationshipType getRelationType() {
        return relationType;
    }

    public void setRelationType(RelationshipType relationType) {
        this.relationType = relationType;
    }

    public int getStrength() {
        return strength;
    }

    public void setStrength(int strength) {
        this.strength = strength;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getMembershipOtherId() {
        return membershipOtherId;
    }

    public void setMembershipOtherId(Long membershipOtherId) {
        this.membershipOtherId = membershipOtherId;
    }

    public String getMembershipRole() {
        return membershipRole;
    }

    public void setMembershipRole(String membershipRole) {
        this.membershipRole = membershipRole;
    }
}
