package org.disputehub.hub.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Guard rails against requests that would cost the database more than any screen needs: depth, a complexity
 * budget that multiplies by page sizes, page sizes and aliases. graphql-java applies them while validating,
 * so a rejected request never reaches a resolver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsProperties.class)
class QueryLimits {

    @Bean
    @Order(2)
    MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    @Order(3)
    MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pagedComplexity());
    }

    /** First, so a page size over the maximum is reported as that rather than as the complexity it adds. */
    @Bean
    @Order(1)
    PageAndAliasLimits pageAndAliasLimits(QueryLimitsProperties limits) {
        return new PageAndAliasLimits(limits.maxAliases(), Pages.MAX_SIZE);
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
