package org.pulseguard.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/** The controller's own jSerialComm transport on a simulator's pty link, as a test's host side. Not thread-safe. */
public final class PtyClient implements AutoCloseable {
    private final SerialPortTransport transport;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Opens {@code link} with {@code settings}. */
    public PtyClient(Path link, SerialSettings settings) throws TransportException {
        transport = new SerialPortTransport(link.toString(), settings);
        transport.open();
    }

    /** Writes ASCII {@code text}. */
    public void write(String text) throws TransportException {
        transport.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads until {@code count} bytes came or 3 s passed; returns what came, as ISO-8859-1 text. */
    public String read(int count) throws TransportException {
        fill(() -> pending.size() >= count);
        return take(Math.min(count, pending.size()));
    }

    /** Reads until {@code lines} LFs came or 3 s passed; returns up to the last of them. */
    public String readLines(int lines) throws TransportException {
        fill(() -> lineEnd(lines) > 0);
        int end = lineEnd(lines);
        return take(end > 0 ? end : pending.size());
    }

    private void fill(BooleanSupplier done) throws TransportException {
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            int n = transport.read(buffer);
            pending.write(buffer, 0, Math.max(0, n));
        }
    }

    private int lineEnd(int lines) {
        byte[] bytes = pending.toByteArray();
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == lines) {
                return i + 1;
            }
        }
        return -1;
    }

    private String take(int count) {
        byte[] bytes = pending.toByteArray();
        pending.reset();
        pending.write(bytes, count, bytes.length - count);
        return new String(bytes, 0, count, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        transport.close();
    }
}
