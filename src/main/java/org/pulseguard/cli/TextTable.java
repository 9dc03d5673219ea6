package org.pulseguard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table for people: a header line and rows, each column padded to its widest cell,
 * two spaces between columns, no trailing spaces. A null cell prints as {@code -}. Not thread-safe.
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have one cell per column. */
    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "-" : c.toString()).toList());
        return this;
    }

    /** Prints the table, or {@code empty} when it has no rows. */
    void print(PrintWriter out, String empty) {
        if (rows.isEmpty()) {
            out.println(empty);
            return;
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        line(out, header, width);
        rows.forEach(r -> line(out, r, width));
    }

    private static void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(cells.get(i));
            if (i < cells.size() - 1) {
                b.append(" ".repeat(width[i] - cells.get(i).length() + 2));
            }
        }
        out.println(b.toString().stripTrailing());
    }
}
