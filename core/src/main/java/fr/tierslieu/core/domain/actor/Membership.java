package fr.tierslieu.core.domain.actor;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's place in an organisation ("Élue à l'économie" at the Commune de Névez). Created when the
 * team links a person to an organisation; removed when the link no longer holds or either actor is
 * deleted.
 */
@Entity
@Table(name = "core_membership")
public class Membership extends WorkspaceScoped implements Auditable {

    public static final int ROLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Actor person;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Actor organisation;

    @Size(max = ROLE_MAX)
    @Column(name = "role", length = ROLE_MAX)
    private String role;

    protected Membership() {
        // JPA
    }

    /**
     * @throws IllegalArgumentException if {@code person} is not a person or {@code organisation} not an organisation
     */
    public Membership(Actor person, Actor organisation, String role) {
        if (person.getType() != ActorType.PERSON) {
            throw new IllegalArgumentException("member must be a person: " + person.getName());
        }
        if (organisation.getType() != ActorType.ORGANISATION) {
            throw new IllegalArgumentException("must belong to an organisation: " + organisation.getName());
        }
        this.person = person;
        this.organisation = organisation;
        this.role = role == null || role.isBlank() ? null : role.trim();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Actor getPerson() {
        return person;
    }

    public Actor getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    @Override
    public String auditLabel() {
        return person.getName() + " → " + organisation.getName();
    }
}
