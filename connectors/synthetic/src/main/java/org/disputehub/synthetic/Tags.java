package org.disputehub.synthetic;

import java.util.ArrayList;
import java.util.List;

/** The noise applied to one mention, as {@code kind:what} labels for truth/mention_text.csv. */
final class Tags {

    private final List<String> labels = new ArrayList<>(4);

    void add(String kind, String what) {
        labels.add(kind + ":" + what);
    }

    @Override
    public String toString() {
        return String.join(";", labels);
    }
}
