package org.disputehub.synthetic;

import org.disputehub.synthetic.AreaCatalog.Village;

/** Writes a person the way one channel records them. */
final class MentionWriter {

    /** What the record's address field holds for this person. */
    enum Place { NONE, HOME, LANDMARK }

    private final Population population;
    private final NameNoise names;
    private final IdNoise ids;
    private final PhoneNoise phones;
    private final AddressNoise addresses;

    MentionWriter(Population population, NameNoise names, IdNoise ids, PhoneNoise phones, AddressNoise addresses) {
        this.population = population;
        this.names = names;
        this.ids = ids;
        this.phones = phones;
        this.addresses = addresses;
    }

    /**
     * @param landmarkVillage where a {@link Place#LANDMARK} is; ignored otherwise
     */
    MentionText write(Source source, int person, long epochDay, String role, Place place, Village landmarkVillage,
                      Dice dice) {
        Tags tags = new Tags();
        String fullName = population.name(person);
        String name = source == Source.HOTLINE
                ? names.caller(fullName, population.male[person], dice, tags)
                : names.person(fullName, dice, tags);
        String id = ids.write(population.idNumber(person), idPresence(source), dice, tags);
        int household = population.householdAt(person, epochDay);
        String phone = phones.write(population.mobile(person), population.landline(household), phonePresence(source),
                dice, tags);
        String address = switch (place) {
            case NONE -> null;
            case HOME -> addresses.home(population, household, dice, tags);
            case LANDMARK -> addresses.landmark(landmarkVillage, dice, tags);
        };
        return new MentionText(name, id, phone, address, role, tags.toString());
    }

    /** The other party's name quoted in free text. */
    String nameInText(int person, Dice dice) {
        return names.inText(population.name(person), dice);
    }

    private static double idPresence(Source source) {
        return switch (source) {
            case HOTLINE -> 0.18;
            case PETITION -> 0.86;
            case POLICE -> 0.55;
        };
    }

    private static double phonePresence(Source source) {
        return switch (source) {
            case HOTLINE -> 0.9;
            case PETITION -> 0.78;
            case POLICE -> 0.75;
        };
    }
}
