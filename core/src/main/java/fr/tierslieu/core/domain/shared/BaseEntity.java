package fr.tierslieu.core.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every entity of every module shares: an optimistic-lock version, so that two people editing
 * the same record never silently overwrite each other, and equality by id. Serializable: pages keep
 * entities in their state (a table's current page, for one), and a session whose state cannot be
 * serialized is not replicated to the other instances of a cluster at all — its pages would not
 * survive the loss of their instance (found by webapp/src/test/bench/scale.sh).
 */
@MappedSuperclass
public abstract class BaseEntity implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    /** Whether the record has been stored yet. */
    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((BaseEntity) other).getId());
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + getId();
    }
}
