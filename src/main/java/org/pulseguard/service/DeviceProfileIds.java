package org.pulseguard.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The device profile ids of a profiles folder, for messages that say what would have worked. Stateless. */
final class DeviceProfileIds {
    private DeviceProfileIds() {}

    /** The ids, comma-separated and sorted, or what went wrong listing them. */
    static String list(Path profilesDir) {
        if (!Files.isDirectory(profilesDir)) {
            return "the folder does not exist";
        }
        try (Stream<Path> folders = Files.list(profilesDir)) {
            String ids = folders.filter(f -> Files.isRegularFile(f.resolve("device.json")))
                    .map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(", "));
            return ids.isEmpty() ? "it holds none" : "there: " + ids;
        } catch (IOException e) {
            return "cannot list it: " + e.getMessage();
        }
    }
}
