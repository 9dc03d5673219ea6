package org.pulseguard.profile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a profile file was refused: the file, the field path inside it ({@code $} for the whole file)
 * and the reason. Immutable, thread-safe.
 *
 * @param file the file as it was named to the loader
 * @param field the field path, for example {@code wavelengths[1].energy.maxMillijoules}
 * @param reason what is wrong and which limit it breaks
 */
public record ProfileProblem(Path file, String field, String reason) {
    public ProfileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    static ProfileProblem of(Path file, FieldIssue issue) {
        return new ProfileProblem(file, issue.field(), issue.reason());
    }

    /** {@code FILE: FIELD: REASON}, one line. */
    @Override
    public String toString() {
        return file + ": " + field + ": " + reason;
    }
}
