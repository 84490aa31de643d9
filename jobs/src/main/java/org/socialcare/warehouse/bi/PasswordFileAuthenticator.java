package org.socialcare.warehouse.bi;

import org.apache.hive.service.auth.PasswdAuthenticationProvider;

import javax.security.sasl.AuthenticationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * HiveServer2's CUSTOM authentication for the BI endpoint (config bi.thrift.auth = password_file):
 * a client's user and password must match a line {@code user:<SHA-256 of the password, hex>} of the
 * password file, read at every login (so a change needs no restart). Lines starting with # are comments.
 */
public final class PasswordFileAuthenticator implements PasswdAuthenticationProvider {
    /** The password file of the endpoint running in this JVM (HiveServer2 creates providers by reflection). */
    private static volatile String passwordFile;

    static void use(String file) {
        passwordFile = file;
    }

    @Override
    public void Authenticate(String user, String password) throws AuthenticationException {
        String file = passwordFile;
        if (file == null) {
            throw new AuthenticationException("no password file configured (bi.thrift.password_file)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuthenticationException("cannot read the password file " + file + ": " + e.getMessage());
        }
        byte[] given = sha256Hex(password == null ? "" : password).getBytes(StandardCharsets.US_ASCII);
        for (String line : lines) {
            String entry = line.strip();
            int colon = entry.indexOf(':');
            if (entry.isEmpty() || entry.startsWith("#") || colon < 0 || !entry.substring(0, colon).equals(user)) {
                continue;
            }
            byte[] stored = entry.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(given, stored)) {
                return;
            }
        }
        throw new AuthenticationException("wrong user or password");
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
