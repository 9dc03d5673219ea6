package org.pulseguard.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fault x state matrix's result table, one row per cell run, written as Markdown to
 * {@code target/fault-matrix.md} after the run. Thread-safe.
 */
final class FaultMatrixTable {
    /** One cell's result; {@code faultToSafeMillis} is -1 when the cell never reached a safe state. */
    record Row(String dialect, MatrixFault fault, String state, boolean passed, long faultToSafeMillis,
               long truthPulses, long supervisorPulses, String detail) { }

    private final List<Row> rows = new ArrayList<>();
    private final String header;

    FaultMatrixTable(String header) {
        this.header = header;
    }

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Fault x state matrix\n\n").append(header).append("\n\n")
                .append("| Cell | Outcome | Fault to safe (ms) | Pulses: unit / supervisor | Detail |\n")
                .append("|---|---|---|---|---|\n");
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::dialect).thenComparing(Row::fault).thenComparing(Row::state));
        long passed = 0;
        for (Row row : sorted) {
            passed += row.passed() ? 1 : 0;
            text.append("| ").append(row.dialect()).append(' ').append(row.fault()).append(" x ").append(row.state())
                    .append(" | ").append(row.passed() ? "PASS" : "FAIL")
                    .append(" | ").append(row.faultToSafeMillis() < 0 ? "never" : Long.toString(row.faultToSafeMillis()))
                    .append(" | ").append(row.truthPulses()).append(" / ").append(row.supervisorPulses())
                    .append(" | ").append(row.detail().replace('|', '/').replace('\n', ' ')).append(" |\n");
        }
        text.append("\n").append(passed).append(" of ").append(sorted.size()).append(" cells pass.\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
