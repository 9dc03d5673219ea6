package org.pulseguard.safety;

import java.util.Objects;
import org.pulseguard.profile.DeviceProfile;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.quantity.Wavelength;

/**
 * The profile, and its version, that set a limit. Immutable, thread-safe.
 *
 * @param kind a device profile (what the unit can do) or a safe profile (what the clinic allows)
 * @param id the profile's id
 * @param version the profile's version
 */
public record LimitSource(Kind kind, String id, String version) {
    /** Which kind of profile set a limit. */
    public enum Kind {
        /** The laser model's capabilities. */
        DEVICE_PROFILE("device profile"),
        /** The clinic's treatment limits. */
        SAFE_PROFILE("safe profile"),
        /** The hard clinical limits every safe profile must stay within (profile.ClinicalLimits). */
        CLINICAL_LIMIT("clinical limit");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind's name for people. */
        public String label() {
            return label;
        }
    }

    public LimitSource {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a limit's source names a profile id and version");
        }
    }

    /** The device profile {@code device}. */
    public static LimitSource of(DeviceProfile device) {
        return new LimitSource(Kind.DEVICE_PROFILE, device.id(), device.version());
    }

    /** The safe profile {@code profile}. */
    public static LimitSource of(SafeProfile profile) {
        return new LimitSource(Kind.SAFE_PROFILE, profile.id(), profile.version());
    }

    /** The hard clinical limits at {@code wavelength} (safety-and-audit-requirements.md section 7). */
    public static LimitSource clinical(Wavelength wavelength) {
        return new LimitSource(Kind.CLINICAL_LIMIT, wavelength.nanometres() + "nm", "section-7");
    }

    /** For example {@code "safe profile tattoo-1064-fst-i-iii 1.0.0"}. */
    @Override
    public String toString() {
        return kind.label() + " " + id + " " + version;
    }
}
