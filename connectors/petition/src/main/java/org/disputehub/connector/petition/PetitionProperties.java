package org.disputehub.connector.petition;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the petition CSV drop.
 *
 * @param files                 folder the {@code petitions-*.csv} files are dropped into; unset means no route
 * @param pollInterval          how often the folder is looked at
 * @param batchSize             cases handed to the sink at a time
 * @param readLockCheckInterval how long a file must stay unchanged before it is read, so a file still being
 *                              written (SFTP upload) is not read half-way
 */
@ConfigurationProperties("hub.sources.petition")
public record PetitionProperties(
        Path files,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration readLockCheckInterval) {

    public PetitionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("hub.sources.petition.batch-size must be at least 1");
        }
    }
}
