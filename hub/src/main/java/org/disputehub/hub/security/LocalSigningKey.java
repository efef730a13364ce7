package org.disputehub.hub.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The embedded default's token key: an RSA key pair kept as a JWK in the data folder, created on first start.
 * Whoever can read the file can mint tokens, so it is readable by its owner only.
 */
public final class LocalSigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";

    private final RSAKey key;

    private LocalSigningKey(RSAKey key) {
        this.key = key;
    }

    public static LocalSigningKey loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            return new LocalSigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token signing key at " + file, e);
        }
        catch (ParseException e) {
            throw new IllegalStateException("The token signing key at " + file + " is not an RSA JWK", e);
        }
    }

    /** Written under a temporary name and moved, so a process starting at the same time never reads half a key. */
    private static void create(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                .generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
        Path partial = Files.createTempFile(directory, "signing-key", ".part");
        try {
            restrictToOwner(partial);
            Files.writeString(partial, generated.toJSONString(), StandardCharsets.UTF_8);
            // A rename within the folder that never replaces a key another process created meanwhile.
            Files.move(partial, file);
        }
        catch (FileAlreadyExistsException anotherProcessWasFaster) {
            // Its key is as good as ours.
        }
        finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies.
        }
    }

    /** The private and public key, for signing. */
    public RSAKey signingKey() {
        return key;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("The token signing key has no RSA public key", e);
        }
    }
}
