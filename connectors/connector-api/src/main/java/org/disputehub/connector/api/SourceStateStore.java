package org.disputehub.connector.api;

import java.util.Optional;

/**
 * Durable state of the polling transports: watermarks survive a restart so nothing is fetched twice or
 * missed, and poll outcomes feed the hub's ingest status.
 */
public interface SourceStateStore {

    Optional<String> watermark(String name);

    void saveWatermark(String name, String value);

    /** A poll finished; {@code received} records came back (0 means the source is idle). */
    void polled(Source source, String transport, int received);

    /** A poll failed; {@code stopped} when the transport gave up until someone acts (bad credentials). */
    void failed(Source source, String transport, String message, boolean stopped);
}
