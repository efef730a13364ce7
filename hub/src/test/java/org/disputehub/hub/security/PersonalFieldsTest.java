package org.disputehub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.disputehub.hub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * New fields cannot leak by default: a field whose name looks personal must carry {@code @personal(kind:)}, or
 * be listed here with the reason it is not personal; and every kind has a policy for every role. A guard on a
 * property costs no more than the property.
 */
@HubTest
class PersonalFieldsTest {

    /** Names, identifiers, contact details, places of living and text written about people. */
    private static final Pattern LOOKS_PERSONAL = Pattern.compile(
            "(?i).*(name|idnumber|identity|phone|mobile|tel|email|address|birth|content|raw|message|label|matched"
                    + "|text|note|value|contact|respondent).*");

    private static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("Area.name", "an administrative area"),
            Map.entry("StatsKey.areaName", "an administrative area"),
            Map.entry("Series.areaName", "an administrative area"),
            Map.entry("Detail.name", "the name of a channel's field, e.g. appealType"),
            Map.entry("SeriesPoint.value", "a figure over many cases"),
            Map.entry("LinkEvidence.matched", "the names of the fields that agreed, e.g. idNumber"),
            Map.entry("LinkEvidence.matchedWith", "a mention key: source, case number and position"),
            Map.entry("PersonMatch.matchedBy", "how a search matched: NAME, PHONE, ..."),
            Map.entry("SourceStatus.lagSeconds", "a duration"),
            Map.entry("TransportStatus.lastError", "a transport's error: endpoint and cause, written by the hub"));

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyFieldThatLooksPersonalHasAPolicy() {
        GraphQLSchema schema = graphQlSource.schema();
        List<String> unmarked = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
            .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
            .filter(type -> !type.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                String coordinates = type.getName() + "." + field.getName();
                if (LOOKS_PERSONAL.matcher(field.getName()).matches() && PersonalDataGuard.kindOf(field) == null
                        && !NOT_PERSONAL.containsKey(coordinates)) {
                    unmarked.add(coordinates);
                }
            }
        }
        assertThat(unmarked).as("fields that look personal but have no @personal(kind:) policy").isEmpty();
    }

    @Test
    void theFieldsTheIssueNamesAreMarked() {
        GraphQLSchema schema = graphQlSource.schema();
        Map<String, PersonalKind> expected = Map.of("Party.name", PersonalKind.NAME, "Party.idNumber",
                PersonalKind.ID_NUMBER, "Party.phone", PersonalKind.PHONE, "Party.address", PersonalKind.ADDRESS,
                "Person.name", PersonalKind.NAME, "Household.address", PersonalKind.ADDRESS, "Case.content",
                PersonalKind.FREE_TEXT, "PersonMatch.matched", PersonalKind.NAME_PHONE_OR_ID);
        expected.forEach((coordinates, kind) -> {
            String[] parts = coordinates.split("\\.");
            assertThat(PersonalDataGuard.kindOf(schema.getObjectType(parts[0]).getFieldDefinition(parts[1])))
                .as(coordinates).isEqualTo(kind);
        });
    }

    @Test
    void aGuardedPropertyStaysACheapFetchAndAResolverKeepsItsRequestContext() {
        GraphQLSchema schema = graphQlSource.schema();
        DataFetcher<?> name = schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates("Person", "name"),
                schema.getObjectType("Person").getFieldDefinition("name"));
        DataFetcher<?> profile = schema.getCodeRegistry().getDataFetcher(
                FieldCoordinates.coordinates("Query", "personProfile"),
                schema.getQueryType().getFieldDefinition("personProfile"));

        // A label on every node of a graph view: not wrapped to carry context or be observed, per item.
        assertThat(name).isInstanceOf(PersonalFieldGuard.class).isInstanceOf(TrivialDataFetcher.class);
        assertThat(profile).isNotInstanceOf(TrivialDataFetcher.class).isNotInstanceOf(RootFieldGuard.class);
    }

    @Test
    void everyKindHasAPolicyForEveryRole() {
        for (Role role : Role.values()) {
            for (PersonalKind kind : PersonalKind.values()) {
                assertThat(PersonalDataPolicy.of(role, kind)).as(role + " × " + kind).isNotNull();
            }
        }
        assertThat(PersonalDataPolicy.of(Role.DASHBOARD, PersonalKind.ID_NUMBER)).isEqualTo(Access.DENIED);
        assertThat(PersonalDataPolicy.of(Role.PARTNER, PersonalKind.FREE_TEXT)).isEqualTo(Access.DENIED);
    }
}
