package org.disputehub.hub.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What callers see of a failure: their own mistakes with the message that says what to change (BAD_REQUEST), a
 * field their role may not ask for (FORBIDDEN, naming the field);
 * anything else as INTERNAL_ERROR with only a reference to the logged cause, never its message, a stack
 * trace, Cypher or data.
 */
@Component
// Before Spring Security's resolver, which would answer a refused field with a bare "Forbidden".
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    ApiErrors() {
        setThreadLocalContextAware(false);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        if (failure instanceof AccessDeniedException denied) {
            return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.FORBIDDEN)
                .message(denied.getMessage())
                .build();
        }
        if (failure instanceof InvalidRequestException invalid) {
            return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.BAD_REQUEST)
                .message(invalid.getMessage())
                .build();
        }
        String reference = environment.getExecutionId().toString();
        log.error("Request {} failed at {}", reference, environment.getExecutionStepInfo().getPath(), failure);
        return GraphqlErrorBuilder.newError(environment)
            .errorType(ErrorType.INTERNAL_ERROR)
            .message("Internal error; reference " + reference)
            .build();
    }
}
