package fr.tierslieu.studytrip.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who pays what for the trip, to the cent. Costs (transport, meals, host fee…) are paid by some
 * parties; each party owes a share of the total, equal or weighted (e.g. by participants of each
 * organisation). Shares are computed in cents with the largest-remainder method, so that they always
 * add up to the total exactly; then the balances (paid − owed) are settled with as few transfers as
 * the greedy matching of the biggest debtor with the biggest creditor gives.
 */
public final class CostSharing {

    private CostSharing() {}

    /** A cost line paid by {@code payer}, in cents. */
    public record Cost(String label, long cents, String payer) {}

    /** A party and its weight in the sharing (1 for equal shares). */
    public record Party(String id, long weight) {}

    public record Transfer(String from, String to, long cents) {}

    public record Result(
            Map<String, Long> paid, Map<String, Long> owed, Map<String, Long> balance, List<Transfer> transfers) {}

    public static Result share(List<Cost> costs, List<Party> parties) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("no party to share the costs");
        }
        long totalWeight = 0;
        Map<String, Long> paid = new LinkedHashMap<>();
        for (Party p : parties) {
            if (p.weight() < 0) {
                throw new IllegalArgumentException("negative weight for " + p.id());
            }
            totalWeight += p.weight();
            paid.put(p.id(), 0L);
        }
        if (totalWeight == 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
        long total = 0;
        for (Cost c : costs) {
            if (c.cents() < 0) {
                throw new IllegalArgumentException("negative cost: " + c.label());
            }
            if (!paid.containsKey(c.payer())) {
                throw new IllegalArgumentException("unknown payer " + c.payer());
            }
            paid.merge(c.payer(), c.cents(), Long::sum);
            total += c.cents();
        }
        // largest remainder: floor shares, then one more cent to the largest remainders (ties: order given)
        Map<String, Long> owed = new LinkedHashMap<>();
        long given = 0;
        long[] remainders = new long[parties.size()];
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            long exact = Math.multiplyExact(total, p.weight());
            owed.put(p.id(), exact / totalWeight);
            remainders[i] = exact % totalWeight;
            given += exact / totalWeight;
        }
        long left = total - given;
        Integer[] order = new Integer[parties.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; k < left; k++) {
            owed.merge(parties.get(order[k]).id(), 1L, Long::sum);
        }
        Map<String, Long> balance = new LinkedHashMap<>();
        for (Party p : parties) {
            balance.put(p.id(), paid.get(p.id()) - owed.get(p.id()));
        }
        return new Result(paid, owed, balance, settle(balance));
    }

    /** Transfers that bring every balance to zero: biggest debtor pays biggest creditor, repeatedly. */
    static List<Transfer> settle(Map<String, Long> balance) {
        Map<String, Long> b = new LinkedHashMap<>(balance);
        List<Transfer> transfers = new ArrayList<>();
        while (true) {
            String debtor = null;
            String creditor = null;
            for (Map.Entry<String, Long> e : b.entrySet()) {
                if (e.getValue() < 0 && (debtor == null || e.getValue() < b.get(debtor))) {
                    debtor = e.getKey();
                }
                if (e.getValue() > 0 && (creditor == null || e.getValue() > b.get(creditor))) {
                    creditor = e.getKey();
                }
            }
            if (debtor == null || creditor == null) {
                return transfers;
            }
            long amount = Math.min(-b.get(debtor), b.get(creditor));
            transfers.add(new Transfer(debtor, creditor, amount));
            b.merge(debtor, amount, Long::sum);
            b.merge(creditor, -amount, Long::sum);
        }
    }
}
