package org.disputehub.hub.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Cursor paging for connection fields: a page is fetched with one row more than asked for (to know whether
 * another page follows), and each item's cursor is its sort key, a single string.
 */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private static final String AFTER = "after";

    private Pages() {
    }

    /** The page size asked for, within the maximum. */
    public static int size(ScrollSubrange subrange) {
        return Math.min(subrange.count().orElse(DEFAULT_SIZE), MAX_SIZE);
    }

    /** A plain {@code first:} argument; {@link RequestLimits} refused values outside 1..max before. */
    public static int size(Integer first) {
        return Math.min(first == null ? DEFAULT_SIZE : first, MAX_SIZE);
    }

    /** The sort key of the last item of the previous page, or null for the first page. */
    public static String after(ScrollSubrange subrange) {
        return subrange.position()
            .filter(KeysetScrollPosition.class::isInstance)
            .map(position -> (String) ((KeysetScrollPosition) position).getKeys().get(AFTER))
            .orElse(null);
    }

    /** A page from {@code fetched}, which holds up to {@code size + 1} items in sort order. */
    public static <T> Window<T> window(List<T> fetched, int size, Function<T, String> sortKey) {
        boolean hasNext = fetched.size() > size;
        List<T> items = hasNext ? fetched.subList(0, size) : fetched;
        return Window.from(items, index -> ScrollPosition.forward(Map.of(AFTER, sortKey.apply(items.get(index)))),
                hasNext);
    }
}
