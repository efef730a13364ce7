package org.disputehub.hub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputehub.hub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

/** Every schema field has a resolver, every controller mapping a field, every bound argument a declaration. */
@HubTest
class SchemaInspectionTest {

    @Autowired
    SchemaInspection inspection;

    @Test
    void schemaAndControllersAgree() {
        SchemaReport report = inspection.report();
        assertThat(report).isNotNull();
        assertThat(report.unmappedFields()).as("schema fields nothing resolves").isEmpty();
        assertThat(report.unmappedRegistrations()).as("mappings no schema field uses").isEmpty();
        assertThat(report.unmappedArguments()).as("arguments bound but not declared").isEmpty();
        assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
    }
}
