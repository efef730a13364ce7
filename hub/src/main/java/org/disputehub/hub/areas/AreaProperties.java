package org.disputehub.hub.areas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** @param gazetteer CSV of administrative areas: {@code code,name,level,parent_code} */
@ConfigurationProperties("hub.areas")
public record AreaProperties(@DefaultValue("classpath:reference/areas.csv") Resource gazetteer) {
}
