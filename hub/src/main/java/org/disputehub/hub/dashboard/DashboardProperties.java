package org.disputehub.hub.dashboard;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param zone the zone whose calendar days, weeks and months dashboards count in */
@ConfigurationProperties("hub.dashboards")
public record DashboardProperties(ZoneId zone) {

    public DashboardProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }
}
