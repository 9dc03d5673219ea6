package org.pulseguard.quantity;

/**
 * Laser wavelength in whole nanometres (1064 for Nd:YAG, 532 frequency-doubled). Immutable,
 * thread-safe.
 *
 * @param nanometres 100..20000
 */
public record Wavelength(int nanometres) implements Comparable<Wavelength> {
    /** Nd:YAG fundamental. */
    public static final Wavelength ND_YAG_1064 = new Wavelength(1064);
    /** Frequency-doubled Nd:YAG (KTP). */
    public static final Wavelength KTP_532 = new Wavelength(532);

    public Wavelength {
        if (nanometres < 100 || nanometres > 20_000) {
            throw new IllegalArgumentException("wavelength " + nanometres + " nm outside 100..20000 nm");
        }
    }

    /** Parses {@code "1064nm"} or {@code "1064"}. */
    public static Wavelength parse(String text) {
        String t = text.trim();
        if (t.endsWith("nm")) {
            t = t.substring(0, t.length() - 2).trim();
        }
        try {
            return new Wavelength(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wavelength '" + text + "' is not a whole number of nm", e);
        }
    }

    @Override
    public int compareTo(Wavelength other) {
        return Integer.compare(nanometres, other.nanometres);
    }

    @Override
    public String toString() {
        return nanometres + " nm";
    }
}
