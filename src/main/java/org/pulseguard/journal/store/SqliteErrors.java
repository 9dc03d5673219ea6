package org.pulseguard.journal.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's errors into {@link JournalException}s with a reason; the one place that reads SQLite codes. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static JournalException translate(Path file, String doing, SQLException e) {
        JournalException.Reason reason = JournalException.Reason.IO_ERROR;
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                reason = JournalException.Reason.DISK_FULL;
            } else if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
                reason = JournalException.Reason.READ_ONLY;
            } else if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                reason = JournalException.Reason.LOCKED;
            } else if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                reason = JournalException.Reason.CORRUPT;
            }
        }
        return new JournalException(reason, "journal " + file + ": " + doing + " failed: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
