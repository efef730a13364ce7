package org.disputehub.hub.security;

import static org.disputehub.hub.security.Access.DENIED;
import static org.disputehub.hub.security.Access.FULL;
import static org.disputehub.hub.security.Access.MASKED;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Who sees how much of each kind of personal field. A caller with several roles gets the most revealing of
 * them; a partner also sees in full the fields its agency's agreement names.
 */
@Component
public class PersonalDataPolicy {

    private static final Map<Role, Map<PersonalKind, Access>> BY_ROLE = new EnumMap<>(Role.class);

    static {
        BY_ROLE.put(Role.ADMIN, all(FULL));
        BY_ROLE.put(Role.INVESTIGATOR, all(FULL));
        // Offices tell disputes apart by 张*伟 and the village; nothing that reaches a person.
        BY_ROLE.put(Role.DASHBOARD, table(MASKED, DENIED, DENIED, MASKED, DENIED, DENIED));
        BY_ROLE.put(Role.PARTNER, table(MASKED, MASKED, MASKED, MASKED, MASKED, DENIED));
    }

    private final SecurityProperties properties;

    PersonalDataPolicy(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The policy of every role for {@code kind}; every role has one for every kind. */
    public static Access of(Role role, PersonalKind kind) {
        return BY_ROLE.get(role).get(kind);
    }

    /** How much of {@code field} (Type.field), a personal field of {@code kind}, the caller sees. */
    public Access access(Caller caller, String field, PersonalKind kind) {
        Access access = DENIED;
        for (Role role : caller.roles()) {
            access = access.orMoreRevealing(role == Role.PARTNER && agreementGrants(caller.agency(), field)
                    ? FULL : of(role, kind));
        }
        return access;
    }

    private boolean agreementGrants(String agency, String field) {
        SecurityProperties.PartnerAgreement agreement = agency == null ? null : properties.partners().get(agency);
        return agreement != null && agreement.fullFields().contains(field);
    }

    private static Map<PersonalKind, Access> all(Access access) {
        return table(access, access, access, access, access, access);
    }

    private static Map<PersonalKind, Access> table(Access name, Access idNumber, Access phone, Access address,
            Access nameOrPhoneOrId, Access freeText) {
        Map<PersonalKind, Access> table = new EnumMap<>(PersonalKind.class);
        table.put(PersonalKind.NAME, name);
        table.put(PersonalKind.ID_NUMBER, idNumber);
        table.put(PersonalKind.PHONE, phone);
        table.put(PersonalKind.ADDRESS, address);
        table.put(PersonalKind.NAME_PHONE_OR_ID, nameOrPhoneOrId);
        // Free text has no masked form: masking it would mean finding every name in it.
        table.put(PersonalKind.FREE_TEXT, freeText == MASKED ? DENIED : freeText);
        return Map.copyOf(table);
    }
}
