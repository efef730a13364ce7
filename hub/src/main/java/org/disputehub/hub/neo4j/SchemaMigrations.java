package org.disputehub.hub.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher files in {@code schema/neo4j} ({@code V<n>__<what>.cypher}) once each, in order,
 * and records each as a {@code :SchemaMigration} node. Runs before anything writes to the graph.
 */
@Component
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");
    private static final String LOCATION = "classpath*:neo4j/schema/V*__*.cypher";

    private final Driver driver;

    public SchemaMigrations(Driver driver) throws IOException {
        this.driver = driver;
        migrate();
    }

    private void migrate() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        List<Resource> ordered = Arrays.stream(files)
            .filter(file -> FILE_NAME.matcher(file.getFilename()).matches())
            .sorted(Comparator.comparingInt(SchemaMigrations::version))
            .toList();
        try (var session = driver.session()) {
            session.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
                    + "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
            for (Resource file : ordered) {
                int version = version(file);
                boolean applied = session.run("MATCH (m:SchemaMigration {version: $version}) RETURN count(m) > 0",
                        Map.of("version", version)).single().get(0).asBoolean();
                if (applied) {
                    continue;
                }
                for (String statement : statements(file)) {
                    session.run(statement).consume();
                }
                session.run("CREATE (:SchemaMigration {version: $version, name: $name, appliedAt: datetime()})",
                        Map.of("version", version, "name", file.getFilename())).consume();
                log.info("Applied Neo4j schema {}", file.getFilename());
            }
        }
    }

    private static int version(Resource file) {
        Matcher matcher = FILE_NAME.matcher(file.getFilename());
        matcher.matches();
        return Integer.parseInt(matcher.group(1));
    }

    /** Statements end with a semicolon; lines starting with {@code //} are comments. */
    static List<String> statements(Resource file) throws IOException {
        String text = file.getContentAsString(StandardCharsets.UTF_8);
        String withoutComments = text.lines()
            .filter(line -> !line.strip().startsWith("//"))
            .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
            .map(String::strip)
            .filter(statement -> !statement.isEmpty())
            .toList();
    }
}
