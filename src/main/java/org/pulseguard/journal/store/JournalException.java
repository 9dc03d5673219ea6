package org.pulseguard.journal.store;

/**
 * The journal could not read or write its store. {@link #reason()} says why in the terms a safety
 * officer and the supervisor act on; the message names the file and what the database said.
 * Whatever the reason, a journal that failed to write takes no further records until reopened:
 * no treatment without a record.
 */
public final class JournalException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the store failed. */
    public enum Reason {
        /** The disk or the file system is full. */
        DISK_FULL,
        /** The data directory or the database file cannot be written. */
        READ_ONLY,
        /** Another process holds the database. */
        LOCKED,
        /** The database file is damaged or is not a pulseguard journal. */
        CORRUPT,
        /** A schema version this program does not know. */
        UNKNOWN_SCHEMA,
        /** Any other input/output failure. */
        IO_ERROR,
        /** The journal failed earlier and was not reopened. */
        FAILED_EARLIER
    }

    private final Reason reason;

    /** @param reason why; @param message what, naming the file */
    public JournalException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the store failed. */
    public Reason reason() {
        return reason;
    }
}
