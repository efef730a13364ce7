package org.disputehub.hub.security;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Applies the access rules to the schema in one place, whatever controller resolves a field: every root field
 * gets a {@link RootFieldGuard}, every field marked {@code @personal(kind:)} a {@link PersonalFieldGuard}.
 */
@Component
class PersonalDataGuard implements GraphQlSourceBuilderCustomizer {

    static final String DIRECTIVE = "personal";

    private static final Set<String> ROOT_TYPES = Set.of("Query", "Subscription", "Mutation");

    private final PersonalDataPolicy policy;
    private final RootFieldAccess rootFields;

    PersonalDataGuard(PersonalDataPolicy policy, RootFieldAccess rootFields) {
        this.policy = policy;
        this.rootFields = rootFields;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(new Guards()));
    }

    /** The kind a field's {@code @personal} directive names; null when it has none. */
    static PersonalKind kindOf(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective personal = field.getAppliedDirective(DIRECTIVE);
        if (personal == null) {
            return null;
        }
        Object kind = personal.getArgument("kind").getValue();
        return PersonalKind.valueOf(kind.toString());
    }

    private final class Guards extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLObjectType type)) {
                return TraversalControl.CONTINUE;
            }
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
            DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
            PersonalKind kind = kindOf(field);
            if (ROOT_TYPES.contains(type.getName())) {
                registry.dataFetcher(coordinates, new RootFieldGuard(fetcher, field.getName(), rootFields));
            }
            else if (kind != null) {
                registry.dataFetcher(coordinates, PersonalFieldGuard.of(fetcher,
                        type.getName() + "." + field.getName(), kind, policy, deniedValue(field)));
            }
            return TraversalControl.CONTINUE;
        }

        private static Object deniedValue(GraphQLFieldDefinition field) {
            return field.getType() instanceof GraphQLNonNull nonNull
                    && GraphQLTypeUtil.unwrapNonNull(nonNull) instanceof GraphQLList ? List.of() : null;
        }
    }
}
