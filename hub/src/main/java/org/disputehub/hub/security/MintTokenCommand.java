package org.disputehub.hub.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code mint-token <role>[,<role>] [--subject name] [--agency code] [--hours n] [--keys dir] [--issuer iss]
 * [--audience aud]}: prints a token signed with the embedded default's key (created when missing), for trying
 * the API without an identity provider. Runs without starting the hub; see README "Roles, tokens and audit".
 */
public final class MintTokenCommand {

    public static final String NAME = "mint-token";

    /** The same defaults as application.yaml, so a minted token fits a hub started without settings. */
    static final String DEFAULT_ISSUER = "https://dispute-hub.local";
    static final String DEFAULT_AUDIENCE = "dispute-hub";

    private MintTokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(mint(List.of(args)));
        }
        catch (IllegalArgumentException wrongUse) {
            System.err.println(wrongUse.getMessage());
            System.err.println("usage: " + NAME + " dashboard|investigator|partner|admin[,...] [--subject name] "
                    + "[--agency code] [--hours n] [--keys ./data/keys] [--issuer " + DEFAULT_ISSUER
                    + "] [--audience " + DEFAULT_AUDIENCE + "]");
            System.exit(2);
        }
    }

    static String mint(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("Which role?");
        }
        List<Role> roles = new ArrayList<>();
        for (String claim : args.get(0).split(",")) {
            roles.add(Arrays.stream(Role.values()).filter(role -> role.claim().equals(claim.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role: " + claim)));
        }
        String subject = option(args, "--subject", roles.get(0).claim() + "-" + System.getProperty("user.name"));
        String agency = option(args, "--agency", null);
        if (roles.contains(Role.PARTNER) && agency == null) {
            throw new IllegalArgumentException("A partner token names its agency: --agency <code>");
        }
        Duration lifetime = Duration.ofHours(Long.parseLong(option(args, "--hours", "8")));
        LocalSigningKey key = LocalSigningKey.loadOrCreate(Path.of(option(args, "--keys", "./data/keys")));
        TokenMint mint = new TokenMint(key, option(args, "--issuer", DEFAULT_ISSUER),
                List.of(option(args, "--audience", DEFAULT_AUDIENCE)));
        return mint.mint(subject, roles, agency, lifetime);
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }
}
