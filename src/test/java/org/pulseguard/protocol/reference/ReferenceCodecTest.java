package org.pulseguard.protocol.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceCodecTest {

    @Test
    void decode_unknownType_isMalformedNamingTheType() {
        DecodeResult r = ReferenceCodec.decode(new Frame(1, 0x33, new byte[0]));
        assertThat(r).isInstanceOfSatisfying(DecodeResult.Malformed.class,
                m -> assertThat(m.reason()).contains("0x33"));
    }

    @Test
    void decode_payloadTooShort_isMalformedNamingTheField() {
        DecodeResult r = ReferenceCodec.decode(new Frame(1, MessageType.SET_ENERGY.code(), new byte[] {0, 1}));
        assertThat(r).isInstanceOfSatisfying(DecodeResult.Malformed.class,
                m -> assertThat(m.reason()).contains("energyMicrojoules"));
    }

    @Test
    void decode_extraPayloadBytes_isMalformed() {
        DecodeResult r = ReferenceCodec.decode(new Frame(1, MessageType.ARM.code(), new byte[] {0}));
        assertThat(r).isInstanceOfSatisfying(DecodeResult.Malformed.class,
                m -> assertThat(m.reason()).contains("extra"));
    }

    @Test
    void decode_unknownStateCode_isMalformed() {
        DecodeResult r = ReferenceCodec.decode(new Frame(1, MessageType.ARM_DONE.code(), new byte[] {9}));
        assertThat(r).isInstanceOfSatisfying(DecodeResult.Malformed.class,
                m -> assertThat(m.reason()).contains("state code 9"));
    }

    @Test
    void decode_reservedInterlockBits_isMalformed() {
        DecodeResult r = ReferenceCodec.decode(new Frame(1, MessageType.INTERLOCKS_CHANGED.code(), new byte[] {(byte) 0x80}));
        assertThat(r).isInstanceOf(DecodeResult.Malformed.class);
    }

    @Test
    void newSetSpot_aboveU16_isRefusedNamingTheField() {
        assertThatThrownBy(() -> new Request.SetSpot(70_000)).hasMessageContaining("spotMicrometres");
    }

    @Test
    void replyType_ofEveryRequest_isItsCodeWithTheHighBitSet() {
        for (MessageType t : MessageType.values()) {
            if (t.isRequest()) {
                assertThat(t.replyType().code()).isEqualTo(t.code() | 0x80);
            }
        }
    }
}
