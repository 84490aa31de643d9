package org.socialcare.warehouse.text;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Function;

/**
 * Keyed pseudonyms for customer ids: the first {@value #HEX_CHARS} lower-case hex characters (128 bits)
 * of HMAC-SHA256(key, UTF-8 bytes of the id).
 *
 * <ul>
 *   <li>Stable: the same key and id give the same pseudonym on every run, machine and JVM, so
 *       pseudonymised ids still join across tables and days.</li>
 *   <li>Keyed: without the key nobody can recompute a pseudonym from a known id (a plain hash of a
 *       phone number or handle could be reversed by hashing every candidate); another key gives
 *       unrelated pseudonyms, so rotating the key breaks every link with earlier output.</li>
 *   <li>Exact: the id is hashed as given (no trimming or case folding); callers that want "the same
 *       customer on two channels" to differ should pass e.g. {@code channel + ":" + id}.</li>
 *   <li>Collisions: 128 bits; for n distinct ids the chance that any two share a pseudonym is about
 *       n^2 / 2^129: 1.5e-21 for a billion ids, negligible next to any other source of error.</li>
 * </ul>
 *
 * The key is a secret: it comes from the environment ({@link #fromEnvironment}), never from a committed
 * file, and {@link #toString} does not show it. Serialisable for Spark closures (the key travels with
 * the task, as any broadcast secret would); each thread keeps its own {@link Mac}, created on first use.
 */
public final class Pseudonymizer implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Length of a pseudonym: 32 hex characters = 128 bits of the 256-bit HMAC. */
    public static final int HEX_CHARS = 32;
    /** Shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] key;
    private transient ThreadLocal<Mac> macs;

    /**
     * A pseudonymizer with this key (copied).
     *
     * @throws IllegalArgumentException when the key is null or shorter than {@value #MIN_KEY_BYTES} bytes
     */
    public Pseudonymizer(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("pseudonymization key must have at least " + MIN_KEY_BYTES
                    + " bytes, got " + (key == null ? "none" : key.length));
        }
        this.key = key.clone();
        this.macs = newMacs(this.key);
        macs.get(); // fail now, not in an executor, if the JVM lacks HmacSHA256
    }

    /**
     * A pseudonymizer whose key is the UTF-8 bytes of an environment variable (e.g. the output of
     * {@code openssl rand -hex 32}).
     *
     * @throws IllegalStateException naming the variable when it is unset, empty or shorter than
     *                               {@value #MIN_KEY_BYTES} bytes (the message never contains the value)
     */
    public static Pseudonymizer fromEnvironment(String variableName) {
        return fromEnvironment(variableName, System::getenv);
    }

    /** {@link #fromEnvironment(String)} over a given environment (for tests). */
    static Pseudonymizer fromEnvironment(String variableName, Function<String, String> environment) {
        String value = environment.apply(variableName);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("environment variable " + variableName
                    + " is not set: it must hold the customer-id pseudonymization key (at least " + MIN_KEY_BYTES
                    + " bytes, e.g. the output of `openssl rand -hex 32`)");
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("environment variable " + variableName + " holds a key of "
                    + bytes.length + " bytes; the pseudonymization key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        return new Pseudonymizer(bytes);
    }

    /** The pseudonym of an id; null for null. */
    public String pseudonymize(String id) {
        if (id == null) {
            return null;
        }
        byte[] digest = macs.get().doFinal(id.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[HEX_CHARS];
        for (int i = 0; i < HEX_CHARS / 2; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(out);
    }

    private static ThreadLocal<Mac> newMacs(byte[] key) {
        return ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(key, ALGORITHM));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
            }
        });
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new java.io.InvalidObjectException("pseudonymization key missing or too short");
        }
        macs = newMacs(key);
    }

    @Override
    public String toString() {
        return "Pseudonymizer[HMAC-SHA256, key hidden]";
    }
}
