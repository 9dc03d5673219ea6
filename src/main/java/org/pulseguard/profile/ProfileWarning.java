package org.pulseguard.profile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in a valid profile file a person must confirm, most often a number marked as a
 * placeholder for the clinic's medical director or LSO. Never refuses a file. Immutable, thread-safe.
 *
 * @param file the file as it was named to the loader
 * @param field the field path of the block concerned
 * @param message what to confirm
 */
public record ProfileWarning(Path file, String field, String message) {
    public ProfileWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static ProfileWarning of(Path file, FieldIssue note) {
        return new ProfileWarning(file, note.field(), note.reason());
    }

    /** {@code FILE: FIELD: MESSAGE}, one line. */
    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
