package org.pulseguard.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one profile file: the profile when it is valid, otherwise every problem;
 * warnings either way. Immutable, thread-safe.
 *
 * @param <T> {@link DeviceProfile} or {@link SafeProfile}
 * @param value present exactly when {@code problems} is empty
 * @param problems why the file is refused
 * @param warnings placeholders and other things to confirm
 */
public record ReadResult<T>(Optional<T> value, List<ProfileProblem> problems, List<ProfileWarning> warnings) {
    public ReadResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a read result has a value exactly when it has no problems");
        }
    }
}
