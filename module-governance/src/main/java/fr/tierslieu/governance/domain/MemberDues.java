package fr.tierslieu.governance.domain;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/** A member's dues for a year, paid on a day. A member without this line for a year is behind with that year's dues. */
@Entity
@Table(name = "governance_dues")
public class MemberDues extends WorkspaceScoped implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_seq")
    @SequenceGenerator(name = "governance_seq", sequenceName = "governance_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "dues_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    protected MemberDues() {}

    public MemberDues(Member member, int year, BigDecimal amount, LocalDate paidOn) {
        this.member = member;
        this.year = year;
        this.amount = amount;
        this.paidOn = paidOn;
    }

    @Override
    public String auditLabel() {
        return "dues " + year + " of member " + member.getId();
    }

    @Override
    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
