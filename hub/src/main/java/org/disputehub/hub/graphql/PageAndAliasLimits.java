package org.disputehub.hub.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/** Refuses page sizes outside 1..max on any {@code first:} argument, and more aliases than allowed. */
class PageAndAliasLimits extends SimplePerformantInstrumentation {

    private final int maxAliases;
    private final int maxPageSize;

    PageAndAliasLimits(int maxAliases, int maxPageSize) {
        this.maxAliases = maxAliases;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        AtomicInteger aliases = new AtomicInteger();
        List<String> problems = new ArrayList<>();
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
                        aliases.incrementAndGet();
                    }
                    if (field.getArguments().get("first") instanceof Integer first
                            && (first < 1 || first > maxPageSize)) {
                        problems.add("first on " + field.getField().getName() + " must be between 1 and "
                                + maxPageSize + ", was " + first);
                    }
                }
            });
        if (aliases.get() > maxAliases) {
            problems.add("at most " + maxAliases + " aliased fields, found " + aliases.get());
        }
        if (!problems.isEmpty()) {
            throw new AbortExecutionException("Request refused: " + String.join("; ", problems));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
