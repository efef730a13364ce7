package org.disputehub.hub.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@HubTest
class SchemaMigrationsTest {

    @Autowired
    TestGraph graph;

    @Autowired
    SchemaMigrations migrations;

    @Test
    void appliesEachVersionOnceWithItsConstraints() throws Exception {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath*:neo4j/schema/V*__*.cypher").length;
        assertThat(files).isGreaterThanOrEqualTo(4);
        assertThat(graph.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(files);
        assertThat(graph.count("SHOW CONSTRAINTS YIELD name WHERE name = 'case_key' RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("SHOW INDEXES YIELD name WHERE name = 'mention_pinyin' RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("""
                SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
                WHERE name = 'case_content' AND labelsOrTypes = ['Case'] AND properties = ['content']
                  AND options.indexConfig.`fulltext.analyzer` = 'cjk'
                RETURN count(*)""")).isEqualTo(1);

        new SchemaMigrations(graph.driver());

        assertThat(graph.count("MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(files);
    }
}
