package org.disputehub.hub.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * The fields a request selects under a field, read from the document itself. graphql-java's
 * {@code DataFetchingFieldSelectionSet} answers the same but first builds the typed tree of everything below,
 * which costs a person 360° more than the question is worth. Directives are not evaluated: a field under
 * {@code @skip} counts as selected, so a reader may fetch a list nobody shows, never miss one.
 */
public final class SelectedFields {

    private final Map<String, List<Field>> byName;
    private final Map<String, FragmentDefinition> fragments;

    private SelectedFields(Map<String, List<Field>> byName, Map<String, FragmentDefinition> fragments) {
        this.byName = byName;
        this.fragments = fragments;
    }

    /** The fields selected directly under the field being fetched. */
    public static SelectedFields of(DataFetchingEnvironment environment) {
        return under(environment.getMergedField().getFields(), environment.getFragmentsByName());
    }

    private static SelectedFields under(List<Field> fields, Map<String, FragmentDefinition> fragments) {
        Map<String, List<Field>> byName = new LinkedHashMap<>();
        for (Field field : fields) {
            collect(field.getSelectionSet(), fragments, byName);
        }
        return new SelectedFields(byName, fragments);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** The fields selected under the selected field {@code name}; none when it is not selected. */
    public SelectedFields under(String name) {
        return under(byName.getOrDefault(name, List.of()), fragments);
    }

    private static void collect(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            Map<String, List<Field>> byName) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                byName.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field);
            }
            else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, byName);
            }
            else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), fragments, byName);
            }
        }
    }
}
