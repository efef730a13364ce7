package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Members of groups by group key, kept small: most groups (a person's mentions, a phone's, a dispute's cases)
 * have one or a few members, so one member is stored as itself and a few as a list; only large groups get a
 * set. The linking index holds millions of them.
 */
final class Groups {

    private static final int LIST_LIMIT = 16;

    private Groups() {
    }

    @SuppressWarnings("unchecked")
    static void add(Map<String, Object> groups, String group, String member) {
        Object members = groups.get(group);
        if (members == null) {
            groups.put(group, member);
        }
        else if (members instanceof String single) {
            if (!single.equals(member)) {
                List<String> list = new ArrayList<>(2);
                list.add(single);
                list.add(member);
                groups.put(group, list);
            }
        }
        else if (members instanceof List<?> list && !list.contains(member)) {
            if (list.size() < LIST_LIMIT) {
                ((List<String>) list).add(member);
            }
            else {
                Collection<String> set = new LinkedHashSet<>((List<String>) list);
                set.add(member);
                groups.put(group, set);
            }
        }
        else if (members instanceof LinkedHashSet<?> set) {
            ((Collection<String>) set).add(member);
        }
    }

    static void remove(Map<String, Object> groups, String group, String member) {
        Object members = groups.get(group);
        if (members instanceof String single) {
            if (single.equals(member)) {
                groups.remove(group);
            }
        }
        else if (members instanceof Collection<?> collection) {
            collection.remove(member);
            if (collection.size() == 1) {
                groups.put(group, collection.iterator().next());
            }
        }
    }

    /** The members in the order they were added; empty when the group has none. */
    @SuppressWarnings("unchecked")
    static Collection<String> of(Map<String, Object> groups, String group) {
        Object members = groups.get(group);
        if (members == null) {
            return List.of();
        }
        return members instanceof String single ? List.of(single)
                : Collections.unmodifiableCollection((Collection<String>) members);
    }
}
