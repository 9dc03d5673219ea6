package org.pulseguard.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseguard.quantity.Wavelength;

/** The rules a safe profile keeps on its own: names, the clinical hard limits, intervals. Stateless. */
final class SafeProfileRules {
    private SafeProfileRules() {}

    static List<FieldIssue> check(String id, String name, String version, Wavelength wavelength,
                                  Map<SkinType, FluenceBand> fluence, int maxPulsesPerSession, int minIntervalDays,
                                  TestSpotRule testSpot) {
        List<FieldIssue> issues = new ArrayList<>();
        if (!DeviceProfile.ID.matcher(id).matches()) {
            issues.add(new FieldIssue("id", "'" + id + "' is not lower-case letters, digits and dashes"));
        }
        if (name.isBlank()) {
            issues.add(new FieldIssue("name", "a safe profile has a name"));
        }
        if (!DeviceProfile.VERSION.matcher(version).matches()) {
            issues.add(new FieldIssue("version", "'" + version + "' is not a version like 1.0.0"));
        }
        checkFluence(wavelength, fluence, issues);
        if (maxPulsesPerSession <= 0) {
            issues.add(new FieldIssue("maxPulsesPerSession.count", maxPulsesPerSession + " is not above 0"));
        }
        if (minIntervalDays < ClinicalLimits.SHORTEST_INTERVAL_DAYS) {
            issues.add(new FieldIssue("minIntervalBetweenSessions.days", minIntervalDays + " days is below the hard floor of "
                    + ClinicalLimits.SHORTEST_INTERVAL_DAYS + " days (4 weeks)"));
        }
        for (SkinType type : testSpot.requiredForSkinTypes()) {
            if (!fluence.containsKey(type)) {
                issues.add(new FieldIssue("testSpot.requiredForSkinTypes", "skin type " + type + " is not treated by this profile"));
            }
        }
        return issues;
    }

    private static void checkFluence(Wavelength wavelength, Map<SkinType, FluenceBand> fluence, List<FieldIssue> issues) {
        if (fluence.isEmpty()) {
            issues.add(new FieldIssue("fluence", "a safe profile treats at least one skin type"));
        }
        Optional<ClinicalLimits.AtWavelength> limits = ClinicalLimits.at(wavelength);
        if (limits.isEmpty()) {
            issues.add(new FieldIssue("wavelengthNanometres", "no clinical hard limit is known for " + wavelength
                    + "; only 1064 nm and 532 nm profiles are accepted"));
            return;
        }
        for (Map.Entry<SkinType, FluenceBand> e : fluence.entrySet()) {
            if (!limits.get().skinTypes().contains(e.getKey())) {
                issues.add(new FieldIssue("fluence." + e.getKey(), wavelength + " is only for skin types "
                        + limits.get().skinTypes() + " (" + limits.get().source() + ")"));
            }
            if (e.getValue().maximum().compareTo(limits.get().highestFluence()) > 0) {
                issues.add(new FieldIssue("fluence." + e.getKey() + ".maxJoulesPerSquareCentimetre", e.getValue().maximum()
                        + " is above the hard maximum " + limits.get().highestFluence() + " at " + wavelength
                        + " (" + limits.get().source() + ")"));
            }
        }
    }
}
