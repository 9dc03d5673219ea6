package org.pulseguard.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.quantity.Fluence;
import org.pulseguard.quantity.Wavelength;

/**
 * The hard clinical limits no safe profile may exceed, whatever the clinic signs off, from
 * docs/references.md (kilmer-1993, cannarozzo-2021, fda-510k-tattoo-labelling, session-intervals):
 * 1064 nm at most 12 J/cm2 for skin types I-VI; 532 nm at most 5 J/cm2 and
 * only for skin types I-III; at least 4 weeks between sessions on a site. A wavelength not listed has
 * no known limit and no safe profile may use it. Stateless, thread-safe.
 */
public final class ClinicalLimits {
    /** The hard floor between sessions on the same site (the suggested default is 6 weeks). */
    public static final int SHORTEST_INTERVAL_DAYS = 28;
    /** The suggested default interval between sessions on the same site: 6 weeks. */
    public static final int DEFAULT_INTERVAL_DAYS = 42;

    /**
     * The limits at one wavelength. Immutable, thread-safe.
     *
     * @param highestFluence the fluence cap for every skin type
     * @param skinTypes the skin types the wavelength may be used on at all
     * @param source where the limit comes from
     */
    public record AtWavelength(Fluence highestFluence, Set<SkinType> skinTypes, String source) {
        public AtWavelength {
            EnumSet<SkinType> sorted = EnumSet.noneOf(SkinType.class);
            sorted.addAll(skinTypes);
            skinTypes = Collections.unmodifiableSet(sorted);
        }
    }

    private static final Map<Wavelength, AtWavelength> LIMITS = Map.of(
            Wavelength.ND_YAG_1064, new AtWavelength(new Fluence(12.0), EnumSet.allOf(SkinType.class),
                    "Kilmer 1993 6-12 J/cm2 tested; FDA-cleared labelling for skin types I-VI"),
            Wavelength.KTP_532, new AtWavelength(new Fluence(5.0), EnumSet.of(SkinType.I, SkinType.II, SkinType.III),
                    "Cannarozzo 2021 up to 5 J/cm2; FDA-cleared labelling for skin types I-III only"));

    private ClinicalLimits() {}

    /** The hard limits at {@code wavelength}, or empty when none is known (then nothing is allowed). */
    public static Optional<AtWavelength> at(Wavelength wavelength) {
        return Optional.ofNullable(LIMITS.get(wavelength));
    }
}
