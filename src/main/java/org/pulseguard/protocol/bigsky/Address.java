package org.pulseguard.protocol.bigsky;

/**
 * The prefix of a Big Sky command line, which selects the unit that must answer
 * (docs/references.md#bigsky-drivers, docs/protocol/bigsky.md section 2).
 *
 * <ul>
 *   <li>{@link AnyUnit}: {@code >}, the unit on the line, whatever its serial number.</li>
 *   <li>{@link Unit}: {@code $<serial>} (SrF form), only the unit with that serial number.</li>
 * </ul>
 *
 * The ograsdijk form (serial number with no {@code $}) and bare commands with no prefix are not
 * supported: the device side rejects them ({@link RequestError#NO_ADDRESS}). Immutable.
 */
public sealed interface Address {

    /** The wire prefix, for example {@code >} or {@code $184}. */
    String prefix();

    /** True if a unit with serial number {@code unitSerial} must answer a line with this prefix. */
    boolean selects(int unitSerial);

    /** {@code >}: any unit. */
    record AnyUnit() implements Address {
        @Override
        public String prefix() {
            return ">";
        }

        @Override
        public boolean selects(int unitSerial) {
            return true;
        }
    }

    /**
     * {@code $<serial>}: one unit. The host writes the serial number in decimal without leading
     * zeros (as SrF does); the device compares numerically, so {@code $062} selects unit 62.
     *
     * @param serial the unit's serial number, 0..999999999
     */
    record Unit(int serial) implements Address {
        /** The largest serial number the prefix can carry (nine digits). */
        public static final int MAX_SERIAL = 999_999_999;

        public Unit {
            if (serial < 0 || serial > MAX_SERIAL) {
                throw new BigSkyProtocolException("serial " + serial + " outside 0.." + MAX_SERIAL);
            }
        }

        @Override
        public String prefix() {
            return "$" + serial;
        }

        @Override
        public boolean selects(int unitSerial) {
            return serial == unitSerial;
        }
    }

    /** The {@code >} address. */
    static Address any() {
        return new AnyUnit();
    }
}
