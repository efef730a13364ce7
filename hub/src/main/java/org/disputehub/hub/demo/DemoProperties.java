package org.disputehub.hub.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bundled demo: sample records that reach the hub through the real connectors.
 *
 * @param enabled       false leaves only the configured sources
 * @param workDir       where the demo's drop folders live
 * @param hotlineToken  bearer token the built-in hotline API simulator accepts
 */
@ConfigurationProperties("hub.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("./data/demo") Path workDir,
        @DefaultValue("demo-token") String hotlineToken) {
}
