package org.disputehub.hub.investigation;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns a {@link RejectedArgument} into a BAD_REQUEST error with its message; other errors are left alone. */
@Component
class RejectedArgumentResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable error, DataFetchingEnvironment environment) {
        if (!(error instanceof RejectedArgument rejected)) {
            return null;
        }
        return GraphqlErrorBuilder.newError(environment)
            .errorType(ErrorType.BAD_REQUEST)
            .message(rejected.getMessage())
            .build();
    }
}
