package fr.tierslieu.studytrip.web;

import fr.tierslieu.core.web.i18n.Msg;
import fr.tierslieu.core.web.support.FacesSupport;
import fr.tierslieu.studytrip.application.PlanningService;
import fr.tierslieu.studytrip.domain.Cost;
import fr.tierslieu.studytrip.domain.CostSharing;
import fr.tierslieu.studytrip.domain.Participant;
import fr.tierslieu.studytrip.domain.RegistrationStatus;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget: cost lines and who pays them, the shares of each organisation (by participants or
 * equal) and who owes whom at the end. A participant registered as an actor of the registry counts
 * for that actor; an external person for themself.
 */
@Named
@ViewScoped
public class BudgetBacking extends TripPage {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanningService planning;

    private transient List<Cost> costs;
    private transient PlanningService.Budget budget;
    private String label;
    private BigDecimal amount;
    private String payer;
    private Trip.ShareMode mode;

    @Override
    void refresh() {
        super.refresh();
        costs = null;
        budget = null;
    }

    public List<Cost> getCosts() {
        if (costs == null) {
            costs = planning.costs(id);
        }
        return costs;
    }

    public PlanningService.Budget getBudget() {
        if (budget == null) {
            budget = planning.budget(id, Map.of());
        }
        return budget;
    }

    /** One row per organisation: participants, paid, share, balance. */
    public record Row(String party, int participants, long paid, long owed, long balance) {}

    public List<Row> getRows() {
        PlanningService.Budget b = getBudget();
        if (b == null) {
            return List.of();
        }
        CostSharing.Result r = b.result();
        List<Row> rows = new ArrayList<>();
        b.participantsPerParty()
                .forEach((party, n) -> rows.add(new Row(
                        party,
                        n,
                        r.paid().get(party),
                        r.owed().get(party),
                        r.balance().get(party))));
        return rows;
    }

    /** Organisations that can pay: those of the confirmed participants, and payers already named. */
    public Set<String> getPayers() {
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : trips.participants(id)) {
            if (p.getStatus() == RegistrationStatus.CONFIRMED) {
                out.add(p.getName());
            }
        }
        getCosts().forEach(c -> out.add(c.getPayer()));
        return out;
    }

    /** Payers offered while typing: the known organisations containing the text. */
    public List<String> completePayer(String query) {
        String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
        return getPayers().stream()
                .filter(p -> p.toLowerCase(java.util.Locale.ROOT).contains(q))
                .toList();
    }

    public String euros(long cents) {
        return fr.tierslieu.core.application.i18n.Numbers.money(Msg.locale(), cents / 100.0, 2);
    }

    public String euros(BigDecimal v) {
        return v == null ? "–" : fr.tierslieu.core.application.i18n.Numbers.money(Msg.locale(), v.doubleValue(), 2);
    }

    public void addCost() {
        if (FacesSupport.attempt(msg, "costForm", () -> planning.addCost(id, label, amount, payer, Msg.locale()))) {
            label = null;
            amount = null;
            refresh();
        }
    }

    public void removeCost(long costId) {
        if (FacesSupport.attempt(msg, "costsForm", () -> planning.removeCost(id, costId))) {
            refresh();
        }
    }

    public void saveMode() {
        if (FacesSupport.attempt(msg, "costsForm", () -> planning.shareBy(id, mode))) {
            refresh();
        }
    }

    public Trip.ShareMode[] getModes() {
        return Trip.ShareMode.values();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String v) {
        label = v;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal v) {
        amount = v;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String v) {
        payer = v;
    }

    public Trip.ShareMode getMode() {
        return mode == null ? getTrip().getShareMode() : mode;
    }

    public void setMode(Trip.ShareMode v) {
        mode = v;
    }
}
