package org.pulseguard.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the unit's energy output was last calibrated against a meter and until when that holds, so a
 * supervisor can refuse to arm with an expired calibration (21 CFR 1040.11(a) asks for a recalibration
 * procedure and schedule). Immutable, thread-safe.
 *
 * @param performedOn the day of the calibration
 * @param validUntil the last day it is valid, after {@code performedOn}
 * @param certificate the certificate or record that documents it, not blank
 */
public record CalibrationRecord(LocalDate performedOn, LocalDate validUntil, String certificate) {
    public CalibrationRecord {
        Objects.requireNonNull(performedOn, "performedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(performedOn)) {
            throw new IllegalArgumentException("valid until " + validUntil + " is not after the calibration on " + performedOn);
        }
        if (certificate == null || certificate.isBlank()) {
            throw new IllegalArgumentException("a calibration names its certificate");
        }
    }

    /** True when the calibration holds on {@code day} (from {@code performedOn} to {@code validUntil} inclusive). */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(performedOn) && !day.isAfter(validUntil);
    }
}
