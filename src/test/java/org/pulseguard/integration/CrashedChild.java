package org.pulseguard.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@link JournalCrashChild} in its own JVM (the test class path), read line by line on
 * a thread of its own; killed with SIGKILL ({@link Process#destroyForcibly()} on Linux). Only
 * complete lines count: a line cut by the kill is ignored.
 */
final class CrashedChild {
    /** A bound against a hang, not a timing assertion: a JVM starts and connects in well under it. */
    static final long HANG_GUARD_SECONDS = 60;
    private static final Pattern DURABLE = Pattern.compile("DURABLE (\\d+) ([A-Z_]+)");

    private final Process process;
    private final Path stderr;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    CrashedChild(Path data, Path profiles, long seed, Path stderr) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + stderr.getParent(), JournalCrashChild.class.getName(), data.toString(),
                profiles.toString(), Long.toString(seed)));
        this.stderr = stderr;
        this.process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        this.reader = new Thread(this::read, "crash-child-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    synchronized (lines) {
                        lines.add(line.toString(StandardCharsets.US_ASCII));
                        lines.notifyAll();
                    }
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the pipe broke with the kill: what was read is what counts
        } finally {
            synchronized (lines) {
                lines.add(null);
                lines.notifyAll();
            }
        }
    }

    /** Waits until the child printed {@code line}; false if it ended first. */
    boolean awaitLine(String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        synchronized (lines) {
            while (System.nanoTime() < deadline) {
                if (lines.contains(line)) {
                    return true;
                }
                if (lines.contains(null)) {
                    return false;
                }
                lines.wait(100);
            }
        }
        throw new IllegalStateException("child printed no '" + line + "' within " + HANG_GUARD_SECONDS + " s");
    }

    /** Kills the child with SIGKILL and waits for it and for its output to end; returns its exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child still running " + HANG_GUARD_SECONDS + " s after SIGKILL");
        }
        reader.join(TimeUnit.SECONDS.toMillis(HANG_GUARD_SECONDS));
        return process.exitValue();
    }

    /** Every record the child reported durable: index to kind. */
    Map<Long, String> durable() {
        Map<Long, String> out = new TreeMap<>();
        synchronized (lines) {
            for (String line : lines) {
                Matcher m = line == null ? null : DURABLE.matcher(line);
                if (m != null && m.matches()) {
                    out.put(Long.parseLong(m.group(1)), m.group(2));
                }
            }
        }
        return out;
    }

    /** The child's stderr, for a failure message. */
    String stderr() {
        try {
            return java.nio.file.Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }
}
