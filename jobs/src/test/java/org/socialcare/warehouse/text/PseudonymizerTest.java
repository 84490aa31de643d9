package org.socialcare.warehouse.text;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PseudonymizerTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final Pseudonymizer p = new Pseudonymizer(KEY);

    @Test
    void knownValue() {
        // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?") =
        // 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843. "Jefe" is shorter than the
        // minimum key, so the key is padded with zero bytes, which HMAC treats as the same key (keys
        // shorter than the block are zero-padded by definition).
        byte[] jefe = new byte[16];
        System.arraycopy("Jefe".getBytes(StandardCharsets.US_ASCII), 0, jefe, 0, 4);
        assertEquals("5bdcc146bf60754e6a042426089575c7",
                new Pseudonymizer(jefe).pseudonymize("what do ya want for nothing?"));
    }

    @Test
    void stableAcrossInstancesAndThreads() {
        String once = p.pseudonymize("customer-42");
        assertEquals(32, once.length());
        assertTrue(once.matches("[0-9a-f]{32}"));
        assertEquals(once, new Pseudonymizer(KEY.clone()).pseudonymize("customer-42"));
        Set<String> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 2_000).parallel().forEach(i -> seen.add(p.pseudonymize("customer-42")));
        assertEquals(Set.of(once), seen);
    }

    @Test
    void dependsOnKeyAndId() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertNotEquals(p.pseudonymize("customer-42"), new Pseudonymizer(other).pseudonymize("customer-42"));
        assertNotEquals(p.pseudonymize("customer-42"), p.pseudonymize("customer-43"));
        // exact: no trimming or case folding
        assertNotEquals(p.pseudonymize("Customer-42"), p.pseudonymize("customer-42"));
    }

    @Test
    void keyIsCopied() {
        byte[] key = KEY.clone();
        Pseudonymizer q = new Pseudonymizer(key);
        String before = q.pseudonymize("x");
        key[0] ^= 1;
        assertEquals(before, q.pseudonymize("x"));
    }

    @Test
    void nullStaysNullEmptyIsHashed() {
        assertNull(p.pseudonymize(null));
        assertEquals(32, p.pseudonymize("").length());
    }

    @Test
    void shortKeyRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymizer(new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> new Pseudonymizer(null));
    }

    @Test
    void environmentVariableMissingOrShort() {
        String name = "SOCIAL_CARE_TEST_PSEUDONYM_KEY_THAT_IS_NOT_SET";
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Pseudonymizer.fromEnvironment(name));
        assertTrue(missing.getMessage().contains(name), missing.getMessage());

        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> Pseudonymizer.fromEnvironment("K", Map.of("K", "")::get));
        assertTrue(empty.getMessage().contains("K"), empty.getMessage());

        IllegalStateException tooShort = assertThrows(IllegalStateException.class,
                () -> Pseudonymizer.fromEnvironment("PSEUDO_KEY", Map.of("PSEUDO_KEY", "short-secret")::get));
        assertTrue(tooShort.getMessage().contains("PSEUDO_KEY"), tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains("short-secret"), "the key must not leak into the message");

        Pseudonymizer fromEnv = Pseudonymizer.fromEnvironment("PSEUDO_KEY",
                Map.of("PSEUDO_KEY", "0123456789abcdef0123456789abcdef")::get);
        assertEquals(p.pseudonymize("customer-42"), fromEnv.pseudonymize("customer-42"));
    }

    @Test
    void serialisableAndKeyNotShown() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Object copy = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        Pseudonymizer restored = assertInstanceOf(Pseudonymizer.class, copy);
        assertEquals(p.pseudonymize("customer-42"), restored.pseudonymize("customer-42"));
        assertFalse(p.toString().contains("0123456789abcdef"));
    }
}
