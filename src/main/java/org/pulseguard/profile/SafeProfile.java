package org.pulseguard.profile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.Wavelength;

/**
 * A clinic-approved, named and versioned set of limits for one treatment on one laser model, for
 * example "SMP removal, 1064 nm, skin types I-III" 1.0.0, read from
 * {@code device-profiles/<device>/<id>.json} (format in docs/profiles.md). Skin types without a
 * fluence band are not treated under it. Built only within {@link ClinicalLimits} (fluence caps per
 * wavelength, 532 nm only for I-III, at least 28 days between sessions): otherwise the constructor
 * throws {@link InvalidProfileException} naming every broken field. Immutable, thread-safe.
 *
 * @param id lower-case name, letters, digits and dashes, unique among the device's profiles
 * @param name the treatment's name for people
 * @param version semantic version {@code MAJOR.MINOR.PATCH}; records name the version they used
 * @param deviceId the {@link DeviceProfile#id()} of the laser model it is written for
 * @param wavelength the one wavelength it treats with
 * @param fluence the fluence band for each skin type treated, at least one
 * @param maxRate the highest repetition rate
 * @param maxPulsesPerSession the most pulses in one session, above 0
 * @param minIntervalDays the fewest days between sessions on the same site, at least 28
 * @param testSpot when a test spot is needed first
 */
public record SafeProfile(String id, String name, String version, String deviceId, Wavelength wavelength,
                          Map<SkinType, FluenceBand> fluence, RepetitionRate maxRate, int maxPulsesPerSession,
                          int minIntervalDays, TestSpotRule testSpot) {
    public SafeProfile {
        for (Object part : new Object[] {id, name, version, deviceId, wavelength, fluence, maxRate, testSpot}) {
            Objects.requireNonNull(part, "safe profile part");
        }
        EnumMap<SkinType, FluenceBand> sorted = new EnumMap<>(SkinType.class);
        sorted.putAll(fluence);
        fluence = Collections.unmodifiableMap(sorted);
        List<FieldIssue> issues = SafeProfileRules.check(id, name, version, wavelength, fluence, maxPulsesPerSession,
                minIntervalDays, testSpot);
        if (!issues.isEmpty()) {
            throw new InvalidProfileException(issues);
        }
    }

    /** The fluence band for {@code skinType}, or empty when the profile does not treat it. */
    public Optional<FluenceBand> bandFor(SkinType skinType) {
        return Optional.ofNullable(fluence.get(skinType));
    }

    /** The skin types the profile treats, in order. */
    public Set<SkinType> skinTypes() {
        return fluence.keySet();
    }

    /**
     * What makes this profile unusable on {@code device}: another device id, a wavelength the unit
     * lacks, or caps the unit can never reach (paths as in the safe profile file). Empty when it fits.
     */
    public List<FieldIssue> problemsOn(DeviceProfile device) {
        return SafeProfileFit.check(this, device);
    }

    /** {@code "id version"}, for naming the profile in reasons and records. */
    public String label() {
        return id + " " + version;
    }
}
