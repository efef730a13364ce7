package org.disputehub.hub.investigation;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.linking.IdNumbers;
import org.disputehub.hub.linking.Names;
import org.disputehub.hub.linking.Phones;

/**
 * What a person search asks for, read the way linking reads mentions, so that it meets the keys stored on
 * them: an ID number (valid or with a wrong check character), a phone, or a name by its pinyin.
 *
 * @param key       the stored key to look mentions up by
 * @param name      the name in simplified characters, to tell the same name from a homophone; null otherwise
 */
record PersonQuery(Kind kind, String key, String name) {

    /** Each kind looks up its own indexed mention property and reports the raw field it matched. */
    enum Kind {
        NAME("m.pinyin", "m.name"),
        PHONE("m.phoneKey", "m.phone"),
        ID_NUMBER("m.idKey", "m.idNumber"),
        MISTYPED_ID_NUMBER("m.idTypo", "m.idNumber");

        final String keyProperty;
        final String writtenProperty;

        Kind(String keyProperty, String writtenProperty) {
            this.keyProperty = keyProperty;
            this.writtenProperty = writtenProperty;
        }
    }

    /** ID numbers never start with 0 (the first digit is a province); phones written with 0086 do. */
    private static final Pattern ID_NUMBER = Pattern.compile("[1-9](\\d{14}|\\d{16}[\\dX])");
    private static final Pattern PHONE = Pattern.compile("\\d{7,15}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-+()]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static PersonQuery parse(String raw) {
        String compact = SEPARATORS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
            .toUpperCase();
        if (ID_NUMBER.matcher(compact).matches()) {
            String valid = IdNumbers.normalise(compact);
            return valid != null ? new PersonQuery(Kind.ID_NUMBER, valid, null)
                    : new PersonQuery(Kind.MISTYPED_ID_NUMBER, IdNumbers.mistyped(compact), null);
        }
        if (PHONE.matcher(compact).matches()) {
            Phones.Phone phone = Phones.parse(compact);
            if (phone == null) {
                throw new InvalidRequestException("not a phone number: " + raw);
            }
            return new PersonQuery(Kind.PHONE, phone.key(), null);
        }
        if (HAN.matcher(compact).find()) {
            Names.Name name = Names.parse(raw);
            if (name.text() == null) {
                throw new InvalidRequestException("a name to search needs a surname and at least one more character: " + raw);
            }
            return new PersonQuery(Kind.NAME, name.pinyin(), name.text());
        }
        throw new InvalidRequestException("search by a name in Chinese characters, a phone number or an ID number");
    }
}
