package org.disputehub.hub.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.disputehub.hub.graphql.InvalidRequestException;

/** The opaque cursor partners hold: a versioned wrapper around a position in the change sequence. */
record ChangeCursor(long position) {

    static final ChangeCursor START = new ChangeCursor(0);
    private static final String PREFIX = "c1:";

    static ChangeCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return new ChangeCursor(position);
                }
            }
        }
        catch (IllegalArgumentException unreadable) {
            // reported below with the same message as any other malformed cursor
        }
        throw new InvalidRequestException("Not a cursor returned by changes: " + cursor);
    }

    String value() {
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }
}
