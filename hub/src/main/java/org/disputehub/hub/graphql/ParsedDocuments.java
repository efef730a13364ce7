package org.disputehub.hub.graphql;

import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct document once: dashboards and partners send the same few documents over
 * and over, and parsing and validating one costs about as much as the read behind it. The guard rails (depth,
 * complexity, page sizes) run on every execution, not in validation, so a cached document still meets them.
 */
@Component
class ParsedDocuments implements GraphQlSourceBuilderCustomizer {

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder().maximumSize(1_000).build();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider((input, parseAndValidate) ->
                CompletableFuture.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)))));
    }
}
