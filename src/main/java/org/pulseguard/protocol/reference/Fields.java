package org.pulseguard.protocol.reference;

/** Range checks for wire fields, failing with {@link ProtocolException} naming the field. */
final class Fields {
    private Fields() {}

    static int u8(String field, int value) {
        if (value < 0 || value > 0xFF) {
            throw new ProtocolException(field + " " + value + " outside 0..255");
        }
        return value;
    }

    static int u16(String field, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new ProtocolException(field + " " + value + " outside 0..65535");
        }
        return value;
    }

    static long u32(String field, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new ProtocolException(field + " " + value + " outside 0..4294967295");
        }
        return value;
    }

    static String string(String field, String value) {
        if (value.length() > ReferenceMessage.MAX_STRING) {
            throw new ProtocolException(field + " longer than " + ReferenceMessage.MAX_STRING + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new ProtocolException(field + " holds a non-printable character");
            }
        }
        return value;
    }

    static int interlocks(int bits) {
        WireInterlock.fromBits(bits);
        return bits;
    }

    /** An ordered field map from alternating names and values. */
    static java.util.Map<String, Object> map(Object... namesAndValues) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
