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
    /** The message of a file in a profiles folder that is not a profile. */
    public static final String NOT_A_PROFILE = "not a profile; ignored";

    /** What a warning is about, for summaries. */
    public enum Kind {
        /** A value marked as a placeholder, for the medical director or LSO to confirm. */
        PLACEHOLDER,
        /** A file in the profiles folder that is not a profile. */
        NOT_A_PROFILE,
        /** Anything else. */
        OTHER
    }

    public ProfileWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static ProfileWarning of(Path file, FieldIssue note) {
        return new ProfileWarning(file, note.field(), note.reason());
    }

    /** What this warning is about. */
    public Kind kind() {
        if (message.equals(NOT_A_PROFILE)) {
            return Kind.NOT_A_PROFILE;
        }
        return message.startsWith("placeholder") ? Kind.PLACEHOLDER : Kind.OTHER;
    }

    /** {@code FILE: FIELD: MESSAGE}, one line. */
    @Override
    public String toString() {
        return file + ": " + field + ": " + message;
    }
}
