package org.disputehub.hub;

import java.util.Arrays;

import org.disputehub.hub.security.MintTokenCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        // Minting a token needs only the key file, not a running hub with its database.
        if (args.length > 0 && args[0].equals(MintTokenCommand.NAME)) {
            MintTokenCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
