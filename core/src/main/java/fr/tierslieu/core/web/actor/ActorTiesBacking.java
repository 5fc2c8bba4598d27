package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.domain.actor.Actor;
import fr.tierslieu.core.domain.actor.ActorType;
import fr.tierslieu.core.domain.actor.Membership;
import fr.tierslieu.core.domain.actor.Relationship;
import fr.tierslieu.core.domain.actor.RelationshipType;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** An actor's ties on its page: relationships with other actors and memberships, added and removed. */
@Named
@ViewScoped
public class ActorTiesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ActorService actors;

    @Inject
    ActorViewBacking page;

    @Inject
    Msg msg;

    private transient List<Relationship> relationships;
    private transient List<Membership> memberships;
    private transient List<Actor> otherActors;
    private transient List<Actor> membershipCandidates;
    // relationship form
    private Long otherId;
    private boolean outgoing = true;
    private RelationshipType relationType = RelationshipType.PARTNER;
    private int strength = 2;
    private String note;
    // membership form
    private Long membershipOtherId;
    private String membershipRole;

    private void forget() {
        relationships = null;
        memberships = null;
        otherActors = null;
        membershipCandidates = null;
    }

    public List<Relationship> getRelationships() {
        if (relationships == null && page.getId() != null) {
            relationships = actors.relationshipsOf(page.getId());
        }
        return relationships;
    }

    public List<Membership> getMemberships() {
        if (memberships == null && page.getId() != null) {
            memberships = actors.membershipsOf(page.getId());
        }
        return memberships;
    }

    /** Other actors, for the relationship and membership pickers. */
    public List<Actor> getOtherActors() {
        if (otherActors == null) { // Faces reads it at every render and validation: query once
            otherActors = actors.list(ActorFilter.none()).stream()
                    .filter(a -> !a.getId().equals(page.getId()))
                    .toList();
        }
        return otherActors;
    }

    /** Organisations (for a person) or persons (for an organisation), for the membership picker. */
    public List<Actor> getMembershipCandidates() {
        if (membershipCandidates == null) {
            ActorType wanted =
                    page.getActor().getType() == ActorType.PERSON ? ActorType.ORGANISATION : ActorType.PERSON;
            membershipCandidates = actors.list(new ActorFilter(null, wanted, null, null, null, null, null));
        }
        return membershipCandidates;
    }

    public void addRelationship() {
        FacesSupport.attempt(msg, "relForm", () -> {
            if (otherId == null) {
                throw ValidationFailure.of("other", msg.get("core.error.required"));
            }
            long source = outgoing ? page.getId() : otherId;
            long target = outgoing ? otherId : page.getId();
            actors.relate(source, target, relationType, strength, note, Msg.locale());
            FacesSupport.info(msg.get("core.relationship.added"));
            otherId = null;
            note = null;
            forget();
        });
    }

    public void removeRelationship(long relationshipId) {
        FacesSupport.attempt(msg, null, () -> {
            actors.removeRelationship(relationshipId);
            forget();
        });
    }

    public void addMembership() {
        FacesSupport.attempt(msg, "memberForm", () -> {
            if (membershipOtherId == null) {
                throw ValidationFailure.of("membershipOther", msg.get("core.error.required"));
            }
            boolean isPerson = page.getActor().getType() == ActorType.PERSON;
            actors.addMembership(
                    isPerson ? page.getId() : membershipOtherId,
                    isPerson ? membershipOtherId : page.getId(),
                    membershipRole,
                    Msg.locale());
            FacesSupport.info(msg.get("core.membership.added"));
            membershipOtherId = null;
            membershipRole = null;
            forget();
        });
    }

    public void removeMembership(long membershipId) {
        FacesSupport.attempt(msg, null, () -> {
            actors.removeMembership(membershipId);
            forget();
        });
    }

    public RelationshipType[] getRelationshipTypes() {
        return RelationshipType.values();
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
