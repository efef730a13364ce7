package org.disputehub.synthetic;

import org.disputehub.synthetic.AreaCatalog.Village;

/**
 * Every household and person of the county, held column-wise in primitive arrays (about 30
 * bytes a person) so that a million persons fit easily in a small heap. Strings such as names
 * and ID numbers are built when a record needs them.
 */
final class Population {

    static final String[] ID_REGIONS = {"996611", "990723", "992415", "993308", "995102", "997826"};
    static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
        "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
        "187", "188", "189", "191", "193", "198", "199"};

    /** Multipliers of two affine permutations: phone numbers are unique without being stored. */
    private static final long MOBILE_FACTOR = 73_939_133L;
    private static final long LANDLINE_FACTOR = 2_718_283L;

    final AreaCatalog areas;
    final long mobileOffset;
    final long landlineOffset;

    // Households, sorted by village, group and house number: neighbours have nearby indices.
    final byte[] householdVillage;
    final short[] householdGroup;
    final short[] householdHouse;
    final boolean[] householdLandline;
    final int[] householdFirstPerson;
    final byte[] householdSize;
    final int[] villageFirstHousehold;

    // Persons, stored household by household.
    final int[] personHousehold;
    final char[] surname;
    final char[] given1;
    final char[] given2;
    final boolean[] male;
    final int[] birthDay;
    final byte[] idRegion;
    final short[] idSequence;
    final byte[] mobilePrefix;
    final int[] movedTo;
    final int[] moveDay;

    int movers;
    int namesakePairs;

    Population(AreaCatalog areas, int households, int persons, long seed) {
        this.areas = areas;
        this.mobileOffset = Math.floorMod(Dice.mix(seed + 11), 100_000_000L);
        this.landlineOffset = Math.floorMod(Dice.mix(seed + 13), 7_000_000L);
        householdVillage = new byte[households];
        householdGroup = new short[households];
        householdHouse = new short[households];
        householdLandline = new boolean[households];
        householdFirstPerson = new int[households + 1];
        householdSize = new byte[households];
        villageFirstHousehold = new int[areas.villages().size() + 1];
        personHousehold = new int[persons];
        surname = new char[persons];
        given1 = new char[persons];
        given2 = new char[persons];
        male = new boolean[persons];
        birthDay = new int[persons];
        idRegion = new byte[persons];
        idSequence = new short[persons];
        mobilePrefix = new byte[persons];
        movedTo = new int[persons];
        moveDay = new int[persons];
    }

    int households() {
        return householdSize.length;
    }

    int persons() {
        return personHousehold.length;
    }

    // ---- persons ----

    String name(int person) {
        return given2[person] == 0
                ? new String(new char[] {surname[person], given1[person]})
                : new String(new char[] {surname[person], given1[person], given2[person]});
    }

    String idNumber(int person) {
        return IdNumbers.of(ID_REGIONS[idRegion[person]], birthDay[person], idSequence[person]);
    }

    String mobile(int person) {
        if (mobilePrefix[person] < 0) {
            return null;
        }
        long suffix = Math.floorMod(person * MOBILE_FACTOR + mobileOffset, 100_000_000L);
        return Digits.padded(MOBILE_PREFIXES[mobilePrefix[person]], suffix, 8);
    }

    /** Completed years, counted in days (a day off around birthdays does not matter here). */
    int ageAt(int person, long epochDay) {
        return (int) ((epochDay - birthDay[person]) * 400 / 146_097);
    }

    /** The household a person lives in on a day: movers change household at their move day. */
    int householdAt(int person, long epochDay) {
        return movedTo[person] >= 0 && epochDay >= moveDay[person] ? movedTo[person] : personHousehold[person];
    }

    /** Households of a person, the first one first, as persons.csv lists them. */
    String householdIds(int person) {
        String home = householdId(personHousehold[person]);
        return movedTo[person] >= 0 ? home + "|" + householdId(movedTo[person]) : home;
    }

    static String personId(int person) {
        return Digits.padded("P", person + 1L, 6);
    }

    // ---- households ----

    static String householdId(int household) {
        return Digits.padded("H", household + 1L, 6);
    }

    Village village(int household) {
        return areas.village(householdVillage[household]);
    }

    String landline(int household) {
        if (!householdLandline[household]) {
            return null;
        }
        long number = 2_000_000L + Math.floorMod(household * LANDLINE_FACTOR + landlineOffset, 7_000_000L);
        return AreaCatalog.AREA_CODE_PHONE + "-" + number;
    }

    String canonicalAddress(int household) {
        Village village = village(household);
        return village.township().name() + village.name() + householdGroup[household] + "组"
                + householdHouse[household] + "号";
    }

    int firstHouseholdOf(int village) {
        return villageFirstHousehold[village];
    }

    int householdsIn(int village) {
        return villageFirstHousehold[village + 1] - villageFirstHousehold[village];
    }

    int firstMember(int household) {
        return householdFirstPerson[household];
    }

    int memberCount(int household) {
        return householdSize[household];
    }
}
