package org.disputehub.hub.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.investigation.InvestigationRecords.personId;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The reads behind the API raise no Neo4j notifications (a shadowed variable, a cartesian product, a deprecated
 * form): each says a statement is not quite what it looks like, and Spring Data Neo4j formats every one of
 * them on every read.
 */
@HubTest
class CypherNotificationsTest {

    private final Logger cypherLog = (Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher");
    private final ListAppender<ILoggingEvent> notifications = new ListAppender<>();
    private Level levelBefore;

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void listen() {
        graph.clear();
        InvestigationRecords.load(sink);
        levelBefore = cypherLog.getLevel();
        // Spring Data Neo4j logs notifications at INFO (information) and WARN (warnings) on this logger.
        cypherLog.setLevel(Level.INFO);
        notifications.start();
        cypherLog.addAppender(notifications);
    }

    @AfterEach
    void stopListening() {
        cypherLog.detachAppender(notifications);
        cypherLog.setLevel(levelBefore);
    }

    @Test
    void investigatorAndDashboardReadsRaiseNone() {
        GraphQlTester graphQl = graph.graphQl();
        String jin = personId(graph.driver(), "金辉斌");

        graphQl.documentName("investigatePersonProfile").variable("id", jin).execute().errors().verify();
        graphQl.documentName("investigateNeighbourhood").variable("personId", jin).variable("hops", 3).execute()
            .errors().verify();
        graphQl.documentName("investigatePath").variable("from", jin).variable("to", personId(graph.driver(), "王建国"))
            .execute().errors().verify();
        graphQl.documentName("investigateTimeline").variable("personId", jin).variable("first", 10).execute()
            .errors().verify();
        graphQl.documentName("investigateSearchPersons").variable("query", "金辉斌").execute().errors().verify();
        graphQl.documentName("investigateSearchCases").variable("query", "纠纷").execute().errors().verify();
        graphQl.documentName("stats").variable("groupBy", List.of("AREA_TOWNSHIP", "MONTH")).execute()
            .errors().verify();
        graphQl.documentName("warnings").execute().errors().verify();

        // "Property key does not exist" is about the data (no case of this small graph is closed yet), not the statement.
        assertThat(notifications.list).filteredOn(event -> !event.getLoggerName().endsWith(".unrecognized"))
            .extracting(ILoggingEvent::getFormattedMessage)
            .isEmpty();
    }
}
