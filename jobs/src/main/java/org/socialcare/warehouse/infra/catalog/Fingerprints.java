package org.socialcare.warehouse.infra.catalog;

import org.socialcare.warehouse.infra.sql.SqlFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A short hash of a warehouse root and the text of SQL files: what a catalog registration was made from. */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(String root, List<String> sqlFiles) {
        MessageDigest digest = sha256();
        digest.update(root.getBytes(StandardCharsets.UTF_8));
        for (String file : sqlFiles) {
            digest.update((byte) 0);
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(SqlFile.load(file).text().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    /** The hash of one text, as in a view's definition property. */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
