package org.disputehub.synthetic;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Builds the county's population: families living at unique addresses (village, group, house),
 * ID numbers that are unique and valid, and in the hard variant movers and namesakes.
 */
final class PopulationBuilder {

    private static final int[] HOUSEHOLD_SIZE_WEIGHTS = {0, 10, 24, 30, 22, 9, 5};
    private static final int MAX_AGE = 95;
    private static final int SEQUENCES_PER_DAY = 500;

    private final AreaCatalog areas;
    private final GeneratorOptions options;
    private final LocalDate start;
    private final int oldestDay;
    private final int[] sequenceCounters;

    PopulationBuilder(AreaCatalog areas, GeneratorOptions options) {
        this.areas = areas;
        this.options = options;
        this.start = options.start();
        this.oldestDay = (int) start.minusYears(MAX_AGE + 2).toEpochDay();
        int span = (int) (start.toEpochDay() - oldestDay + 1);
        // One counter per (region, birth day, sex) keeps ID numbers unique without a set of them.
        this.sequenceCounters = new int[Population.ID_REGIONS.length * span * 2];
    }

    Population build() {
        byte[] sizes = householdSizes(options.persons(), Dice.of(options.seed(), 1, 0));
        Population population = new Population(areas, sizes.length, options.persons(), options.seed());
        int[] perVillage = householdsPerVillage(sizes.length, Dice.of(options.seed(), 2, 0));
        int household = 0;
        int person = 0;
        for (int village = 0; village < perVillage.length; village++) {
            population.villageFirstHousehold[village] = household;
            Dice dice = Dice.of(options.seed(), 3, village);
            int groups = Math.max(dice.between(4, 7), (perVillage[village] + 899) / 900);
            for (int group = 1; group <= groups; group++) {
                int count = perVillage[village] / groups + (group <= perVillage[village] % groups ? 1 : 0);
                for (int house : houseNumbers(count, dice)) {
                    population.householdVillage[household] = (byte) village;
                    population.householdGroup[household] = (short) group;
                    population.householdHouse[household] = (short) house;
                    population.householdLandline[household] = dice.chance(0.3);
                    population.householdFirstPerson[household] = person;
                    population.householdSize[household] = sizes[household];
                    person = addFamily(population, household, person, Dice.of(options.seed(), 4, household));
                    household++;
                }
            }
        }
        population.villageFirstHousehold[perVillage.length] = household;
        population.householdFirstPerson[household] = person;
        Arrays.fill(population.movedTo, -1);
        Arrays.fill(population.moveDay, -1);
        if (options.hard()) {
            addNamesakes(population);
            addMovers(population);
        }
        return population;
    }

    /** Household sizes adding up to exactly the number of persons asked for. */
    private static byte[] householdSizes(int persons, Dice dice) {
        byte[] sizes = new byte[persons];
        int count = 0;
        int left = persons;
        while (left > 0) {
            int size = Math.min(left, dice.weighted(HOUSEHOLD_SIZE_WEIGHTS));
            sizes[count++] = (byte) size;
            left -= size;
        }
        return Arrays.copyOf(sizes, count);
    }

    /** Villages differ in size; the largest-remainder rule makes the counts add up exactly. */
    private int[] householdsPerVillage(int households, Dice dice) {
        int villages = areas.villages().size();
        double[] weights = new double[villages];
        double total = 0;
        for (int i = 0; i < villages; i++) {
            weights[i] = 1 + dice.unit() * 3;
            total += weights[i];
        }
        int[] counts = new int[villages];
        double[] remainders = new double[villages];
        int assigned = 0;
        for (int i = 0; i < villages; i++) {
            double exact = households * weights[i] / total;
            counts[i] = (int) exact;
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        while (assigned < households) {
            int best = 0;
            for (int i = 1; i < villages; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            assigned++;
        }
        return counts;
    }

    /** {@code count} distinct, ascending house numbers with gaps (selection sampling). */
    private static int[] houseNumbers(int count, Dice dice) {
        int range = Math.max(count + count / 3 + 3, 12);
        int[] numbers = new int[count];
        int needed = count;
        for (int n = 1; n <= range && needed > 0; n++) {
            if (dice.unit() * (range - n + 1) < needed) {
                numbers[count - needed] = n;
                needed--;
            }
        }
        return numbers;
    }

    /** A couple (usually), their children, and sometimes a widowed parent. */
    private int addFamily(Population population, int household, int firstPerson, Dice dice) {
        int size = population.householdSize[household];
        int person = firstPerson;
        boolean headMale = dice.chance(0.8);
        int headAge = dice.between(23, 82);
        char familyName = NamePools.surname(dice);
        addPerson(population, person++, household, headMale, headAge, familyName, dice);
        int motherAge = headMale ? -1 : headAge;
        if (size >= 2 && dice.chance(0.85)) {
            int spouseAge = Math.max(20, Math.min(MAX_AGE, headAge + dice.between(-6, 4)));
            addPerson(population, person++, household, !headMale, spouseAge, NamePools.surname(dice), dice);
            motherAge = headMale ? spouseAge : headAge;
        }
        int parentAge = motherAge > 0 ? motherAge : headAge;
        while (person < firstPerson + size) {
            int childAge = parentAge - dice.between(20, 36);
            if (childAge >= 0) {
                addPerson(population, person++, household, dice.chance(0.52), childAge, familyName, dice);
            }
            else {
                int elderAge = Math.min(MAX_AGE, headAge + dice.between(22, 34));
                addPerson(population, person++, household, dice.chance(0.4), elderAge,
                        headMale ? familyName : NamePools.surname(dice), dice);
            }
        }
        return person;
    }

    private void addPerson(Population population, int person, int household, boolean male, int age,
                           char familyName, Dice dice) {
        population.personHousehold[person] = household;
        population.male[person] = male;
        population.surname[person] = familyName;
        String pool = NamePools.givenChars(male);
        population.given1[person] = dice.pick(pool);
        population.given2[person] = dice.chance(0.65) ? dice.pick(pool) : 0;
        int region = dice.chance(0.9) ? 0 : dice.between(1, Population.ID_REGIONS.length - 1);
        int birth = (int) start.minusYears(age).minusDays(dice.between(0, 364)).toEpochDay();
        int counter;
        while ((counter = sequenceCounters[counterIndex(region, birth, male)]) >= SEQUENCES_PER_DAY) {
            birth--;
        }
        sequenceCounters[counterIndex(region, birth, male)]++;
        int offset = (int) Math.floorMod(Dice.mix(options.seed() ^ ((long) region << 40) ^ birth), SEQUENCES_PER_DAY);
        int sequence = ((offset + counter) % SEQUENCES_PER_DAY) * 2 + (male ? 1 : 0);
        population.birthDay[person] = birth;
        population.idRegion[person] = (byte) region;
        population.idSequence[person] = (short) sequence;
        double mobileShare = age < 14 ? 0.1 : age < 18 ? 0.6 : age <= 70 ? 0.85 : 0.4;
        population.mobilePrefix[person] = dice.chance(mobileShare)
                ? (byte) dice.below(Population.MOBILE_PREFIXES.length) : -1;
    }

    private int counterIndex(int region, int birth, boolean male) {
        int span = sequenceCounters.length / Population.ID_REGIONS.length / 2;
        return (region * span + (birth - oldestDay)) * 2 + (male ? 1 : 0);
    }

    /** Hard variant: some persons share the full name of someone else in their village. */
    private void addNamesakes(Population population) {
        Dice dice = Dice.of(options.seed(), 5, 0);
        for (int person = 0; person < population.persons(); person++) {
            if (!dice.chance(0.02)) {
                continue;
            }
            int home = population.personHousehold[person];
            int village = population.householdVillage[home];
            int households = population.householdsIn(village);
            if (households < 2) {
                continue;
            }
            int other = population.firstHouseholdOf(village) + dice.below(households);
            if (other == home) {
                continue;
            }
            for (int k = 0; k < population.memberCount(other); k++) {
                int candidate = population.firstMember(other) + k;
                if (population.male[candidate] == population.male[person]
                        && (population.surname[candidate] != population.surname[person]
                        || population.given1[candidate] != population.given1[person]
                        || population.given2[candidate] != population.given2[person])) {
                    population.surname[person] = population.surname[candidate];
                    population.given1[person] = population.given1[candidate];
                    population.given2[person] = population.given2[candidate];
                    population.namesakePairs++;
                    break;
                }
            }
        }
    }

    /** Hard variant: adults who move to another household during the period (marriage, new house). */
    private void addMovers(Population population) {
        Dice dice = Dice.of(options.seed(), 6, 0);
        long startDay = start.toEpochDay();
        for (int person = 0; person < population.persons(); person++) {
            int age = population.ageAt(person, startDay);
            if (age < 18 || age > 65 || !dice.chance(0.03)) {
                continue;
            }
            int home = population.personHousehold[person];
            int village = population.householdVillage[home];
            int target;
            if (dice.chance(0.6) && population.householdsIn(village) > 1) {
                target = population.firstHouseholdOf(village) + dice.below(population.householdsIn(village));
            }
            else {
                target = dice.below(population.households());
            }
            if (target == home) {
                continue;
            }
            population.movedTo[person] = target;
            population.moveDay[person] = (int) (startDay + dice.between(14, Math.max(15, options.days() - 14)));
            population.movers++;
        }
    }
}
