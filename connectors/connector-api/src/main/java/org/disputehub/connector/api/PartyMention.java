package org.disputehub.connector.api;

/**
 * One party of a case exactly as the source wrote it. Linking reads these; nothing rewrites them.
 *
 * @param mentionKey stable key of the party within its case: {@code caller} for a hotline order, the party
 *                   {@code seq} for a police incident, the sorted row position for a petition
 * @param role       the source's own role word (报警人, 当事人, 信访人, ...)
 * @param address    the party's home address where the source has one
 */
public record PartyMention(String mentionKey, String role, String name, String idNumber, String phone,
        String address) {
}
