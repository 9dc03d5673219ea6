package org.pulseguard.profile;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading a folder of profiles: the device folders that are valid, every problem
 * found anywhere, and every warning. Immutable, thread-safe.
 *
 * @param sets the valid device folders, ordered by device id
 * @param problems every problem, one per broken rule, ordered by file
 * @param warnings placeholders to confirm and other notes
 */
public record LoadReport(List<ProfileSet> sets, List<ProfileProblem> problems, List<ProfileWarning> warnings) {
    public LoadReport {
        sets = List.copyOf(sets);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** True when no problem was found. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The valid folder of device {@code deviceId}, or empty. */
    public Optional<ProfileSet> set(String deviceId) {
        return sets.stream().filter(s -> s.device().id().equals(deviceId)).findFirst();
    }

    /** The number of valid safe profiles across all folders. */
    public int safeProfileCount() {
        return sets.stream().mapToInt(s -> s.safeProfiles().size()).sum();
    }
}
