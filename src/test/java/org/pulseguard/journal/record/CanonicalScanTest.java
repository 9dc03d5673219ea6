package org.pulseguard.journal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass check accepts exactly what the tree-based {@link CanonicalJson#parseCanonical}
 * accepts: on random records in canonical form, and on the same records with a byte flipped,
 * inserted, deleted or two bytes swapped (seeded; the seed is printed on failure).
 */
class CanonicalScanTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] KEYS = {"index", "kind", "time", "session", "client", "unit", "a", "B", "\u00e9", "k\"q",
            "tab\t", "z", "\u20ac", "\ud83d\ude00", "", "energyMicrojoules"};
    private static final String[] STRINGS = {"", "PULSE", "x\"y\\z", "line\nbreak\r\t\b\f", "\u0001\u001f", "\u00e9t\u00e9",
            "\u20ac", "\ud83d\ude00", "/", "2026-12-08T10:00:00.000000Z", "\u007f"};

    private static JsonNode randomValue(Random r, int depth) {
        int kind = depth > 3 ? 2 + r.nextInt(4) : r.nextInt(6);
        return switch (kind) {
            case 0 -> randomObject(r, depth + 1);
            case 1 -> {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomValue(r, depth + 1));
                }
                yield a;
            }
            case 2 -> F.textNode(STRINGS[r.nextInt(STRINGS.length)]);
            case 3 -> r.nextInt(5) == 0 ? F.numberNode(new BigInteger(80, r).subtract(BigInteger.ONE.shiftLeft(79)))
                    : F.numberNode(r.nextInt(5) == 0 ? 0 : r.nextLong() % 1_000_000_000L);
            case 4 -> F.booleanNode(r.nextBoolean());
            default -> F.nullNode();
        };
    }

    private static ObjectNode randomObject(Random r, int depth) {
        ObjectNode o = F.objectNode();
        for (int i = r.nextInt(6); i > 0; i--) {
            o.set(KEYS[r.nextInt(KEYS.length)], randomValue(r, depth + 1));
        }
        return o;
    }

    private static boolean treeAccepts(byte[] bytes) {
        try {
            CanonicalJson.parseCanonical(bytes);
            return true;
        } catch (NotCanonicalException e) {
            return false;
        }
    }

    private static boolean scanAccepts(byte[] bytes) {
        try {
            CanonicalScan.check(bytes);
            return true;
        } catch (NotCanonicalException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void scan_acceptsExactlyWhatTheTreeAccepts(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            ObjectNode record = randomObject(r, 0);
            byte[] canonical = CanonicalJson.bytes(record);
            assertThat(scanAccepts(canonical)).as("seed %d case %d: %s", seed, i, new String(canonical, StandardCharsets.UTF_8)).isTrue();
            byte[] mutated = mutate(canonical, r);
            assertThat(scanAccepts(mutated)).as("seed %d case %d mutated: %s", seed, i, new String(mutated, StandardCharsets.ISO_8859_1))
                    .isEqualTo(treeAccepts(mutated));
        }
    }

    private static byte[] mutate(byte[] in, Random r) {
        byte[] alphabet = "{}[]\":,\\ 0123456789-.eEtrufalsn\u0000\u001f\u007f".getBytes(StandardCharsets.ISO_8859_1);
        int p = in.length == 0 ? 0 : r.nextInt(in.length);
        switch (r.nextInt(5)) {
            case 0 -> {
                byte[] out = in.clone();
                out[p] = r.nextBoolean() ? alphabet[r.nextInt(alphabet.length)] : (byte) r.nextInt(256);
                return out;
            }
            case 1 -> {
                byte[] out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, p);
                out[p] = alphabet[r.nextInt(alphabet.length)];
                System.arraycopy(in, p, out, p + 1, in.length - p);
                return out;
            }
            case 2 -> {
                byte[] out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, p);
                System.arraycopy(in, p + 1, out, p, in.length - p - 1);
                return out;
            }
            case 3 -> {
                byte[] out = in.clone();
                int q = r.nextInt(in.length);
                byte t = out[p];
                out[p] = out[q];
                out[q] = t;
                return out;
            }
            default -> {
                return in;
            }
        }
    }

    @Test
    void topLevelFields_areReturnedForTheVerifier() {
        byte[] bytes = "{\"client\":\"c1\",\"index\":17,\"kind\":\"PULSE\",\"nested\":{\"kind\":\"X\"},\"time\":\"2026-12-08T10:00:00.000000Z\"}"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> fields = CanonicalScan.check(bytes);
        assertThat(fields).containsEntry("index", 17L).containsEntry("kind", "PULSE").containsEntry("client", "c1")
                .containsEntry("time", "2026-12-08T10:00:00.000000Z").doesNotContainKey("nested");
        assertThat(RecordFields.columns(fields)).isEqualTo(RecordFields.columns(CanonicalJson.parseCanonical(bytes)));
    }

    @ParameterizedTest(name = "case {index}: {0}")
    @ValueSource(strings = {"{\"b\":1,\"a\":2}", "{\"a\": 1}", "{\"a\":\"\\u00e9\"}", "{\"a\":\"\\u001F\"}", "{\"a\":\"\\/\"}",
            "{\"a\":1,\"a\":1}", "{\"a\":1.0}", "{\"a\":01}", "{\"a\":-0}", "{\"a\":1e3}", "{\"a\":\"\\u000a\"}", "{\"a\":", "{}x", ""})
    void nonCanonical_isRefusedByBoth(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(treeAccepts(bytes)).isFalse();
        assertThatThrownBy(() -> CanonicalScan.check(bytes)).isInstanceOf(NotCanonicalException.class);
    }

    @Test
    void overlongUtf8AndSurrogates_areRefused() {
        for (byte[] bad : new byte[][] {{'"', (byte) 0xc0, (byte) 0xaf, '"'}, {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'},
                {'"', (byte) 0xf8, '"'}}) {
            assertThatThrownBy(() -> CanonicalScan.check(bad)).hasMessageContaining("not UTF-8");
        }
    }
}
