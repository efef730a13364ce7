package org.disputehub.connector.police;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the police (110) incidents come from. Each transport is switched on by configuring it: {@code files}
 * for the JSON Lines export folder, {@code jdbc.url} for polling the police records database.
 *
 * @param files            folder watched for {@code *.jsonl} exports; unset means no file transport
 * @param filePollInterval how often the folder is scanned
 * @param batchSize        cases handed to the sink at once
 */
@ConfigurationProperties("hub.sources.police")
public record PoliceProperties(
        Path files,
        @DefaultValue("5s") Duration filePollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue Jdbc jdbc) {

    public PoliceProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("hub.sources.police.batch-size must be at least 1");
        }
    }

    /**
     * The police records database.
     *
     * @param url          JDBC URL; unset means no JDBC transport
     * @param pollInterval pause between two polls
     * @param pageSize     incidents read per query
     */
    public record Jdbc(
            String url,
            String username,
            String password,
            @DefaultValue("10s") Duration pollInterval,
            @DefaultValue("500") int pageSize) {

        public Jdbc {
            if (pageSize < 1) {
                throw new IllegalArgumentException("hub.sources.police.jdbc.page-size must be at least 1");
            }
        }

        /** Keeps the password out of logs and failure analyses. */
        @Override
        public String toString() {
            return "Jdbc[url=" + url + ", username=" + username + ", password=" + (password == null ? null : "***")
                    + ", pollInterval=" + pollInterval + ", pageSize=" + pageSize + "]";
        }
    }
}
