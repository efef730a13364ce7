package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.disputehub.synthetic.AreaCatalog.Village;

/** A planned dispute and what has come of it so far. */
final class Dispute {

    final int number;
    final DisputeCategory category;
    final int complainant;
    /** The other person, or -1 when the other side is an organisation. */
    final int other;
    final String organisation;
    final boolean spouse;
    final int[] fellowPetitioners;
    final String issueTemplate;
    final int amount;
    final Village village;
    final List<Step> steps;
    final boolean hot;

    private int remaining;
    private long firstAt = Long.MAX_VALUE;
    private long lastAt = Long.MIN_VALUE;
    private int policeSoFar;
    private final List<String> hotlineOrders = new ArrayList<>(2);
    private String firstPetition;

    Dispute(int number, DisputeCategory category, int complainant, int other, String organisation, boolean spouse,
            int[] fellowPetitioners, String issueTemplate, int amount, Village village, List<Step> steps, boolean hot) {
        this.number = number;
        this.category = category;
        this.complainant = complainant;
        this.other = other;
        this.organisation = organisation;
        this.spouse = spouse;
        this.fellowPetitioners = fellowPetitioners;
        this.issueTemplate = issueTemplate;
        this.amount = amount;
        this.village = village;
        this.steps = List.copyOf(steps);
        this.hot = hot;
        this.remaining = steps.size();
    }

    String id() {
        return Digits.padded("D", number, 6);
    }

    /** Persons involved: complainant, the other person, fellow petitioners. */
    String partyIds() {
        StringJoiner ids = new StringJoiner("|");
        ids.add(Population.personId(complainant));
        if (other >= 0) {
            ids.add(Population.personId(other));
        }
        for (int fellow : fellowPetitioners) {
            ids.add(Population.personId(fellow));
        }
        return ids.toString();
    }

    /** Called once a step's record exists; true when it was the last one. */
    boolean recorded(Step step) {
        firstAt = Math.min(firstAt, step.at());
        lastAt = Math.max(lastAt, step.at());
        if (step.source() == Source.POLICE) {
            policeSoFar++;
        }
        return --remaining == 0;
    }

    long firstAt() {
        return firstAt;
    }

    long lastAt() {
        return lastAt;
    }

    boolean policeBefore() {
        return policeSoFar > 0;
    }

    List<String> hotlineOrders() {
        return hotlineOrders;
    }

    void addHotlineOrder(String orderNo) {
        hotlineOrders.add(orderNo);
    }

    String firstPetition() {
        return firstPetition;
    }

    void addPetition(String petitionNo) {
        if (firstPetition == null) {
            firstPetition = petitionNo;
        }
    }
}
