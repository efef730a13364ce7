package org.disputehub.hub.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one GraphQL request may ask for, checked before any field is resolved.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity budget: each field costs 1 plus its children, times {@code first:} on paged fields
 * @param maxAliases aliased fields in one request (aliases repeat a field without deepening the query)
 */
@ConfigurationProperties("hub.graphql.limits")
public record QueryLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("10000") int maxComplexity,
        @DefaultValue("30") int maxAliases) {
}
