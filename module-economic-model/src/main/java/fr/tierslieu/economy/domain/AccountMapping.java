package fr.tierslieu.economy.domain;

import fr.tierslieu.core.domain.shared.Auditable;
import fr.tierslieu.core.domain.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A model's own choice for an account of its books (or an account prefix) when a FEC is imported:
 * the line it feeds, or none (left out). Longer prefixes win over shorter ones, and any choice over
 * the chart's default ({@link Fec#defaultLine}).
 */
@Entity
@Table(name = "economy_account_mapping")
public class AccountMapping extends WorkspaceScoped implements Auditable {

    /** An account number or prefix: digits, then letters or digits (auxiliary accounts), 1 to 12. */
    public static final String ACCOUNT_PATTERN = "[0-9][0-9A-Za-z]{0,11}";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "economy_seq")
    @SequenceGenerator(name = "economy_seq", sequenceName = "economy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private Long modelId;

    @Column(name = "account", nullable = false, length = 12, updatable = false)
    private String account;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", length = 30)
    private Actual.Line line;

    protected AccountMapping() {}

    public AccountMapping(long modelId, String account, Actual.Line line) {
        this.modelId = modelId;
        this.account = account;
        this.line = line;
    }

    @Override
    public String auditLabel() {
        return account + " → " + (line == null ? "–" : line.name());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getModelId() {
        return modelId;
    }

    public String getAccount() {
        return account;
    }

    /** The line the account feeds, or null when it is left out. */
    public Actual.Line getLine() {
        return line;
    }

    public void setLine(Actual.Line line) {
        this.line = line;
    }
}
