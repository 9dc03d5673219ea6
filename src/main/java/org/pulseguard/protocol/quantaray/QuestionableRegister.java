package org.pulseguard.protocol.quantaray;

import java.util.List;

/**
 * The {@code STAT:QUES?} reply: one line, the questionable register as an unsigned decimal
 * integer (docs/references.md#quantaray-place-driver). Immutable, thread-safe.
 *
 * @param bits 0..2^32-1
 */
public record QuestionableRegister(long bits) implements QuantaRayReply {

    public QuestionableRegister {
        QuantaRayLimits.check("questionable register", bits, 0, QuantaRayLimits.MAX_UNSIGNED_32);
    }

    /** True if {@code bit} is set. */
    public boolean isSet(QuestionableBit bit) {
        return (bits & bit.mask()) != 0;
    }

    @Override
    public List<String> lines() {
        return List.of(Long.toString(bits));
    }
}
