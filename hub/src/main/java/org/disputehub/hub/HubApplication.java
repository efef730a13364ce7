package org.disputehub.hub;

import org.disputehub.hub.security.MintTokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(MintTokenCommand.NAME)) {
            MintTokenCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
