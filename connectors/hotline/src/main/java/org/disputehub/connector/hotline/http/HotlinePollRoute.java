package org.disputehub.connector.hotline.http;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the hotline work-order API on a timer. Each tick catches up completely; the next tick is scheduled only
 * after it ends ({@code fixedRate=false}), so slow catch-ups and retries never overlap. When the API refuses the
 * token the route stops itself.
 */
public class HotlinePollRoute extends RouteBuilder {

    public static final String ROUTE_ID = "hotline-http";

    private static final Logger log = LoggerFactory.getLogger(HotlinePollRoute.class);

    private final HotlinePoller poller;
    private final Duration pollInterval;

    public HotlinePollRoute(HotlinePoller poller, Duration pollInterval) {
        this.poller = poller;
        this.pollInterval = pollInterval;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?fixedRate=false&delay=0&period=" + pollInterval.toMillis())
            .routeId(ROUTE_ID)
            .process(exchange -> {
                if (poller.poll() == HotlinePoller.Outcome.ACCESS_DENIED) {
                    stopThisRoute();
                }
            });
    }

    /** From another thread: stopping waits for in-flight exchanges, and the caller is one of them. */
    private void stopThisRoute() {
        var stopper = new Thread(() -> {
            try {
                getContext().getRouteController().stopRoute(ROUTE_ID);
                log.info("Route {} stopped", ROUTE_ID);
            }
            catch (Exception ex) {
                log.warn("Could not stop route {}; its polls do nothing from now on", ROUTE_ID, ex);
            }
        }, ROUTE_ID + "-stop");
        stopper.setDaemon(true);
        stopper.start();
    }
}
