package fr.tierslieu.governance.web;

import fr.tierslieu.governance.domain.TallyInput;
import fr.tierslieu.governance.domain.Vote;
import java.io.Serial;
import java.io.Serializable;

/** One editable line of the vote simulator. */
public class MemberRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String id;
    private String name;
    private String college;
    private Double weight = 1.0;
    private boolean present = true;
    private String proxyTo;
    private Vote vote = Vote.FOR;
    private String objection;

    public MemberRow(String id, String name) {
        this.id = id;
        this.name = name;
    }

    TallyInput.Member toMember() {
        return new TallyInput.Member(
                id,
                name == null || name.isBlank() ? id : name.strip(),
                weight,
                college,
                present,
                present || proxyTo == null || proxyTo.isBlank() ? null : proxyTo,
                vote,
                objection);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = college;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public String getProxyTo() {
        return proxyTo;
    }

    public void setProxyTo(String proxyTo) {
        this.proxyTo = proxyTo;
    }

    public Vote getVote() {
        return vote;
    }

    public void setVote(Vote vote) {
        this.vote = vote;
    }

    public String getObjection() {
        return objection;
    }

    public void setObjection(String objection) {
        this.objection = objection;
    }
}
