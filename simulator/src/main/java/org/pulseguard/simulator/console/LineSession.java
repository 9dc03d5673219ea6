package org.pulseguard.simulator.console;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;

/**
 * One conversation of text control lines: reads a line, writes its one-line response, until end
 * of input or {@code quit}/{@code exit}. Lines longer than 1024 characters are answered with an
 * error and skipped. Used for a TCP control client and for a person on standard input. Not
 * thread-safe; one thread runs it.
 */
public final class LineSession {
    private static final int MAX_LINE = 1024;

    private final ControlLineInterpreter interpreter;
    private final Reader in;
    private final Writer out;

    /** @param interpreter runs the lines; @param in where lines come from; @param out where responses go */
    public LineSession(ControlLineInterpreter interpreter, Reader in, Writer out) {
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Runs until end of input or {@code quit}; returns normally then. */
    public void run() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c != '\n') {
                if (line.length() < MAX_LINE) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
                continue;
            }
            if (!answer(line.toString(), tooLong)) {
                return;
            }
            line.setLength(0);
            tooLong = false;
        }
        if (line.length() > 0) {
            answer(line.toString(), tooLong);
        }
    }

    /** Answers one line; false when the session should end. */
    private boolean answer(String line, boolean tooLong) throws IOException {
        String trimmed = line.strip();
        if (trimmed.equalsIgnoreCase("quit") || trimmed.equalsIgnoreCase("exit")) {
            respond("ok bye");
            return false;
        }
        String response = tooLong ? "error: line longer than " + MAX_LINE + " characters" : interpreter.execute(trimmed);
        if (!response.isEmpty()) {
            respond(response);
        }
        return true;
    }

    private void respond(String response) throws IOException {
        out.write(response);
        out.write('\n');
        out.flush();
    }
}
