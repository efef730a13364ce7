package org.disputehub.hub.investigation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param neighbourhoodMaxNodes the most nodes a neighbourhood returns; a graph view cannot draw more usefully
 */
@ConfigurationProperties("hub.investigation")
public record InvestigationProperties(Integer neighbourhoodMaxNodes) {

    public InvestigationProperties {
        neighbourhoodMaxNodes = neighbourhoodMaxNodes == null ? 200 : neighbourhoodMaxNodes;
    }
}
