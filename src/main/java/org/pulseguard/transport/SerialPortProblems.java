package org.pulseguard.transport;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Classifies why a serial port path would not open by looking at the file system: nothing there, a
 * link to nothing, a regular file or folder, no permission, or a device that exists but refused.
 * Stateless.
 */
final class SerialPortProblems {
    private SerialPortProblems() {}

    /** Why {@code path} (as given to jSerialComm: a bare name means {@code /dev/NAME}) did not open. */
    static OpenFailure classify(String path) {
        Path file;
        try {
            file = Path.of(path.contains("/") ? path : "/dev/" + path);
        } catch (InvalidPathException e) {
            return OpenFailure.NOT_FOUND;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return OpenFailure.NOT_FOUND;
        }
        if (!Files.exists(file)) {
            return OpenFailure.DANGLING_LINK;
        }
        if (Files.isRegularFile(file) || Files.isDirectory(file)) {
            return OpenFailure.NOT_A_DEVICE;
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            return OpenFailure.NO_PERMISSION;
        }
        return OpenFailure.DEVICE_REFUSED;
    }
}
