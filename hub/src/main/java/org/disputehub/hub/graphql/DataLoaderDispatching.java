package org.disputehub.hub.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.springframework.stereotype.Component;

/**
 * Dispatches the request's DataLoaders when the engine has nothing else to fetch (graphql-java's opt-in
 * "exhausted" strategy) instead of counting every field of every level to find when a level is complete: the
 * batches are as large (one read per loader and level, as {@code RoundTripsTest} checks), and a profile or
 * graph view of many small items no longer pays the bookkeeping per item.
 */
@Component
class DataLoaderDispatching extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(input.getGraphQLContext(), true);
        return input;
    }
}
