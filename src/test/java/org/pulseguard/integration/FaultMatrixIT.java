package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pulseguard.session.SessionState;

/**
 * The fault x state matrix (issue 7 item 11) as a test: 14 faults x STANDBY, EMISSION_DELAY, READY,
 * FIRING for every dialect, each cell a {@link FaultMatrixCell}. By default the whole matrix runs
 * for the reference laser and a seeded sample of {@value #SAMPLE_PER_POLLED_DIALECT} cells for each
 * polled unit; the seed changes every run and is printed ({@code -Dmatrix.seed=N} repeats a run).
 * {@code -Pfull-matrix} (or {@code -Dmatrix.full=true}) runs every cell of every dialect.
 * {@code -Dmatrix.only=bigsky:REBOOT,quantaray:REBOOT} runs only the cells named, every one of them
 * (no sample): each entry is a dialect, {@code dialect:FAULT} or {@code dialect:FAULT:STATE}. The
 * result table goes to {@code target/fault-matrix.md}.
 */
class FaultMatrixIT {
    static final int SAMPLE_PER_POLLED_DIALECT = 3;
    private static final List<SessionState> STATES = List.of(SessionState.STANDBY, SessionState.EMISSION_DELAY,
            SessionState.READY, SessionState.FIRING);
    private static final long SEED = Long.getLong("matrix.seed", new SecureRandom().nextLong());
    private static final boolean FULL = Boolean.getBoolean("matrix.full");
    private static final List<String> ONLY = System.getProperty("matrix.only", "").isBlank() ? List.of()
            : List.of(System.getProperty("matrix.only").split(","));
    private static final FaultMatrixTable TABLE = new FaultMatrixTable(
            (!ONLY.isEmpty() ? "Only " + ONLY : FULL ? "Full matrix"
                    : "Reference laser in full, a seeded sample of the polled units") + "; seed " + SEED
                    + " (repeat with -Dmatrix.seed=" + SEED + ").");

    @TestFactory
    Stream<DynamicTest> faultInEachState_leavesTheUnitSafeAndTheCountTrue() {
        System.out.println("fault matrix: seed " + SEED + " (repeat with -Dmatrix.seed=" + SEED + ")"
                + (FULL ? ", full matrix" : ""));
        return cells().stream().map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> {
            Path dir = Files.createTempDirectory("fault-matrix");
            FaultMatrixTable.Row row = cell.run(dir);
            TABLE.add(row);
            assertThat(row.passed()).as("%s: %s", cell, row.detail()).isTrue();
        }));
    }

    @AfterAll
    static void writeTable() throws Exception {
        TABLE.write(Path.of("target", "fault-matrix.md"));
    }

    static List<FaultMatrixCell> cells() {
        if (!ONLY.isEmpty()) {
            return Stream.of("reference", "bigsky", "quantaray").flatMap(dialect -> all(dialect).stream())
                    .filter(FaultMatrixIT::named).toList();
        }
        List<FaultMatrixCell> cells = new ArrayList<>(all("reference"));
        Random random = new Random(SEED);
        for (String polled : List.of("bigsky", "quantaray")) {
            List<FaultMatrixCell> dialect = all(polled);
            if (!FULL) {
                Collections.shuffle(dialect, random);
                dialect = dialect.subList(0, SAMPLE_PER_POLLED_DIALECT);
            }
            cells.addAll(dialect);
        }
        return cells;
    }

    /** True when a {@code matrix.only} entry names the cell (its dialect, fault and state, each part optional from the right). */
    private static boolean named(FaultMatrixCell cell) {
        String[] parts = {cell.dialect(), cell.fault().name(), cell.state().name()};
        return ONLY.stream().map(entry -> entry.strip().split(":")).anyMatch(entry -> {
            for (int i = 0; i < entry.length; i++) {
                if (i >= parts.length || !entry[i].equalsIgnoreCase(parts[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<FaultMatrixCell> all(String dialect) {
        List<FaultMatrixCell> cells = new ArrayList<>();
        for (MatrixFault fault : MatrixFault.values()) {
            for (SessionState state : STATES) {
                cells.add(new FaultMatrixCell(dialect, fault, state));
            }
        }
        return cells;
    }
}
