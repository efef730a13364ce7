package org.disputehub.hub.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;

/**
 * Depth, complexity, page sizes and aliases of a request, checked before any resolver runs. Only the document
 * and its {@code Int} and {@code Boolean} variables can change the verdict (page sizes, {@code @skip} and
 * {@code @include}), so it is kept per document, operation and those values: the dashboard that asks the same
 * thing for another area, or the investigator who opens another person, is not walked again.
 */
class RequestLimits extends SimplePerformantInstrumentation {

    private static final Set<String> VERDICT_TYPES = Set.of("Int", "Boolean");

    private record VerdictKey(String document, String operation, Map<String, Object> values) {
    }

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxAliases;
    private final int maxPageSize;
    private final FieldComplexityCalculator complexity;
    private final Cache<VerdictKey, List<String>> verdicts = Caffeine.newBuilder().maximumSize(10_000).build();

    RequestLimits(QueryLimitsProperties limits, int maxPageSize, FieldComplexityCalculator complexity) {
        this.maxDepth = limits.maxDepth();
        this.maxComplexity = limits.maxComplexity();
        this.maxAliases = limits.maxAliases();
        this.maxPageSize = maxPageSize;
        this.complexity = complexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        List<String> problems = verdicts.get(key(context), key -> problems(context));
        if (!problems.isEmpty()) {
            throw new AbortExecutionException("Request refused: " + String.join("; ", problems));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static VerdictKey key(ExecutionContext context) {
        Map<String, Object> values = new HashMap<>();
        for (VariableDefinition variable : context.getOperationDefinition().getVariableDefinitions()) {
            if (VERDICT_TYPES.contains(baseName(variable.getType()))) {
                values.put(variable.getName(), context.getCoercedVariables().get(variable.getName()));
            }
        }
        return new VerdictKey(context.getExecutionInput().getQuery(), context.getOperationDefinition().getName(),
                values);
    }

    private static String baseName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return baseName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return baseName(list.getType());
        }
        return ((TypeName) type).getName();
    }

    /** Page sizes and aliases first, so a page over the maximum is reported as that, not as the complexity it adds. */
    private List<String> problems(ExecutionContext context) {
        List<String> problems = new ArrayList<>();
        int[] aliases = {0};
        int[] depth = {0};
        QueryTraverser.newQueryTraverser()
            .schema(context.getGraphQLSchema())
            .document(context.getDocument())
            .operationName(context.getOperationDefinition().getName())
            .coercedVariables(context.getCoercedVariables())
            .build()
            .visitPreOrder(new QueryVisitorStub() {
                @Override
                public void visitField(QueryVisitorFieldEnvironment field) {
                    if (field.getField().getAlias() != null) {
                        aliases[0]++;
                    }
                    if (field.getArguments().get("first") instanceof Integer first
                            && (first < 1 || first > maxPageSize)) {
                        problems.add("first on " + field.getField().getName() + " must be between 1 and "
                                + maxPageSize + ", was " + first);
                    }
                    depth[0] = Math.max(depth[0], depthOf(field));
                }
            });
        if (aliases[0] > maxAliases) {
            problems.add("at most " + maxAliases + " aliased fields, found " + aliases[0]);
        }
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        if (depth[0] > maxDepth) {
            return List.of("maximum query depth exceeded " + depth[0] + " > " + maxDepth);
        }
        int cost = QueryComplexityCalculator.newCalculator()
            .schema(context.getGraphQLSchema())
            .document(context.getDocument())
            .operationName(context.getOperationDefinition().getName())
            .variables(context.getCoercedVariables())
            .fieldComplexityCalculator(complexity)
            .build()
            .calculate();
        if (cost > maxComplexity) {
            return List.of("maximum query complexity exceeded " + cost + " > " + maxComplexity);
        }
        return List.of();
    }

    /** A root field is at depth 1, as graphql-java's own depth limit counts. */
    private static int depthOf(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }
}
