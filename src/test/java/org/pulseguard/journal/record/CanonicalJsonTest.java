package org.pulseguard.journal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String canonical(String json) throws Exception {
        return new String(CanonicalJson.bytes(MAPPER.readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void objects_areSortedByKeyWithoutWhiteSpace() throws Exception {
        assertThat(canonical("{ \"b\": 1, \"a\": {\"z\": [1, 2, {\"y\": null, \"x\": true}], \"c\": false} }"))
                .isEqualTo("{\"a\":{\"c\":false,\"z\":[1,2,{\"x\":true,\"y\":null}]},\"b\":1}");
    }

    @Test
    void keys_compareAsUtf16CodeUnits() throws Exception {
        // U+00E9 (e acute) sorts after 'z'; upper case before lower case.
        assertThat(canonical("{\"\u00e9\":1,\"z\":2,\"Z\":3}")).isEqualTo("{\"Z\":3,\"z\":2,\"\u00e9\":1}");
    }

    @Test
    void strings_escapeOnlyQuoteBackslashAndControls() throws Exception {
        assertThat(canonical("{\"s\":\"a\\\"b\\\\c\\n\\u0001\\u001f/\u00e9\u20ac\"}"))
                .isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\\u0001\\u001f/\u00e9\u20ac\"}");
    }

    @Test
    void integers_arePlainDecimal() throws Exception {
        assertThat(canonical("[0, -5, 123456789012345678901234567890]")).isEqualTo("[0,-5,123456789012345678901234567890]");
    }

    @Test
    void fractions_areRefused() {
        assertThatThrownBy(() -> canonical("{\"energy\": 0.5}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integers only");
    }

    @Test
    void loneSurrogate_isRefused() {
        assertThatThrownBy(() -> CanonicalJson.bytes(MAPPER.getNodeFactory().textNode("a\ud800b")))
                .hasMessageContaining("lone UTF-16 surrogate");
    }

    @Test
    void canonicalBytes_parseBackToTheSameTree() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"kind\":\"PULSE\",\"n\":[1,2],\"s\":\"x\\ty\"}");
        byte[] bytes = CanonicalJson.bytes(tree);
        assertThat(CanonicalJson.parseCanonical(bytes)).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"b\":1,\"a\":2}                 | not in canonical form",
            "{\"a\": 1}                        | not in canonical form",
            "{\"a\":\"\\u00e9\"}               | not in canonical form",
            "{\"a\":\"\\u001F\"}               | not in canonical form",
            "{\"a\":1,\"a\":1}                 | not JSON",
            "{\"a\":1.0}                       | integers only",
            "{\"a\":                           | not JSON",
    })
    void notCanonical_isNamed(String text, String reason) {
        assertThatThrownBy(() -> CanonicalJson.parseCanonical(text.strip().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotCanonicalException.class).hasMessageContaining(reason);
    }
}
