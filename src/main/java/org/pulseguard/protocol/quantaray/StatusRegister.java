package org.pulseguard.protocol.quantaray;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code *STB?} reply: one line, the register as an unsigned decimal integer
 * (docs/references.md#quantaray-place-driver). A unit under remote control reports
 * {@link StatusBit#COMPUTER_IN_CONTROL} (bit 23); PLACE's parser breaks on a value below 2^11, so
 * a simulator keeps bit 23 set while a host is in control. [inferred] Immutable, thread-safe.
 *
 * @param bits 0..2^32-1
 */
public record StatusRegister(long bits) implements QuantaRayReply {

    public StatusRegister {
        QuantaRayLimits.check("status register", bits, 0, QuantaRayLimits.MAX_UNSIGNED_32);
    }

    /** The register with exactly the given bits set. */
    public static StatusRegister of(Set<StatusBit> set) {
        return new StatusRegister(set.stream().mapToLong(StatusBit::mask).reduce(0L, (a, b) -> a | b));
    }

    /** True if {@code bit} is set. */
    public boolean isSet(StatusBit bit) {
        return (bits & bit.mask()) != 0;
    }

    /** The documented bits that are set. */
    public Set<StatusBit> setBits() {
        Set<StatusBit> set = EnumSet.noneOf(StatusBit.class);
        for (StatusBit bit : StatusBit.values()) {
            if (isSet(bit)) {
                set.add(bit);
            }
        }
        return set;
    }

    @Override
    public List<String> lines() {
        return List.of(Long.toString(bits));
    }
}
