package org.disputehub.hub.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guard rails against requests that would cost the database more than any screen needs: depth, a complexity
 * budget that multiplies by page sizes, page sizes and aliases. {@link RequestLimits} checks them when execution
 * begins, so a rejected request never reaches a resolver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsProperties.class)
class QueryLimits {

    @Bean
    RequestLimits requestLimits(QueryLimitsProperties limits) {
        return new RequestLimits(limits, Pages.MAX_SIZE, pagedComplexity());
    }

    /** A paged field costs its children once per item asked for; a connection without {@code first} a default page. */
    static FieldComplexityCalculator pagedComplexity() {
        return (environment, childComplexity) -> {
            Object first = environment.getArguments().get("first");
            int items = 1;
            if (first instanceof Integer asked) {
                items = Math.max(asked, 1);
            }
            else if (((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(environment.getFieldDefinition().getType()))
                .getName().endsWith("Connection")) {
                items = Pages.DEFAULT_SIZE;
            }
            return 1 + childComplexity * items;
        };
    }
}
