package org.disputehub.hub.graphql;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Compares the schema with the controllers at start-up: a field nothing resolves, a mapping no field uses or an
 * argument no field declares is logged as a warning, and kept for the test that fails on it.
 */
@Component
public class SchemaInspection implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    private final AtomicReference<SchemaReport> report = new AtomicReference<>();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(found -> {
            report.set(found);
            if (!found.unmappedFields().isEmpty() || !found.unmappedRegistrations().isEmpty()
                    || !found.unmappedArguments().isEmpty()) {
                log.warn("GraphQL schema and controllers disagree: {}", found);
            }
        });
    }

    /** The report of the last start-up; null before the schema was built. */
    public SchemaReport report() {
        return report.get();
    }
}
