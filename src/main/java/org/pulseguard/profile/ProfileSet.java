package org.pulseguard.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One laser model's folder: its device profile and the safe profiles written for it. Immutable,
 * thread-safe.
 *
 * @param device the device profile
 * @param deviceFile the {@code device.json} it was read from
 * @param safeProfiles the valid safe profiles of the folder, ordered by id
 */
public record ProfileSet(DeviceProfile device, Path deviceFile, List<SafeProfile> safeProfiles) {
    public ProfileSet {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(deviceFile, "deviceFile");
        safeProfiles = List.copyOf(safeProfiles);
    }

    /** The safe profile with {@code id}, or empty. */
    public Optional<SafeProfile> safeProfile(String id) {
        return safeProfiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
