package org.disputehub.synthetic;

import java.util.Arrays;

/** Picks the people a record is about: adults, their spouses, neighbours and fellow villagers. */
final class PersonPicker {

    private static final int ATTEMPTS = 40;

    private final Population population;

    PersonPicker(Population population) {
        this.population = population;
    }

    int anyAdult(long epochDay, Dice dice) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int adult = adultIn(dice.below(population.households()), epochDay, -1, dice);
            if (adult >= 0) {
                return adult;
            }
        }
        return dice.below(population.persons());
    }

    /** An adult member of the household, other than {@code except}; -1 if there is none. */
    int adultIn(int household, long epochDay, int except, Dice dice) {
        int first = population.firstMember(household);
        int size = population.memberCount(household);
        int offset = dice.below(size);
        for (int k = 0; k < size; k++) {
            int person = first + (offset + k) % size;
            if (person != except && population.ageAt(person, epochDay) >= 18) {
                return person;
            }
        }
        return -1;
    }

    /** The couple heading a household are its first two members. */
    int spouseOf(int person, long epochDay) {
        int household = population.personHousehold[person];
        int first = population.firstMember(household);
        if (population.memberCount(household) < 2 || person > first + 1) {
            return -1;
        }
        int partner = person == first ? first + 1 : first;
        boolean couple = population.male[partner] != population.male[person]
                && population.ageAt(partner, epochDay) >= 18;
        return couple ? partner : -1;
    }

    /** An adult a few houses away in the same village; -1 if the village is too small. */
    int neighbourOf(int person, long epochDay, Dice dice) {
        int home = population.householdAt(person, epochDay);
        int village = population.householdVillage[home];
        int first = population.firstHouseholdOf(village);
        int count = population.householdsIn(village);
        for (int attempt = 0; attempt < ATTEMPTS && count > 1; attempt++) {
            int distance = dice.between(1, 6) * (dice.chance(0.5) ? 1 : -1);
            int household = first + Math.floorMod(home - first + distance, count);
            int neighbour = adultIn(household, epochDay, person, dice);
            if (household != home && neighbour >= 0) {
                return neighbour;
            }
        }
        return -1;
    }

    /** An adult somewhere in the same township: people lend money to people they know. */
    int acquaintanceOf(int person, long epochDay, AreaCatalog areas, Dice dice) {
        int home = population.householdAt(person, epochDay);
        var township = population.village(home).township();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int village = dice.below(areas.villages().size());
            if (areas.village(village).township() != township || population.householdsIn(village) == 0) {
                continue;
            }
            int household = population.firstHouseholdOf(village) + dice.below(population.householdsIn(village));
            int adult = adultIn(household, epochDay, person, dice);
            if (household != home && adult >= 0) {
                return adult;
            }
        }
        return neighbourOf(person, epochDay, dice);
    }

    /** Distinct adults from households near the person's, for group petitions. */
    int[] fellowVillagers(int person, int wanted, long epochDay, Dice dice) {
        int[] fellows = new int[wanted];
        int found = 0;
        for (int attempt = 0; attempt < wanted * 6 && found < wanted; attempt++) {
            int fellow = neighbourOf(person, epochDay, dice);
            if (fellow >= 0 && !contains(fellows, found, fellow)) {
                fellows[found++] = fellow;
            }
        }
        return Arrays.copyOf(fellows, found);
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
