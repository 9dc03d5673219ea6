package org.pulseguard.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pulseguard.journal.seal.SignedCheckpoint;
import org.pulseguard.journal.tree.TreeHash;

/**
 * The two export files (docs/journal.md, "Exports"):
 * <ul>
 *   <li><b>JSON</b>: {@code {"format": "pulseguard-journal-export-v1", "checkpoint": "<seven-line text>",
 *       "records": [{"index": 17, "record": "<canonical JSON text>", "proof": ["<hex>", ...]}]}};</li>
 *   <li><b>CSV</b> (RFC 4180): the format name and the checkpoint's seven lines as comment lines
 *       starting with {@code #}, then a header {@code index,record,proof} and one row per record,
 *       the proof's hashes separated by spaces.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ExportFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA = CsvSchema.builder().addColumn("index").addColumn("record").addColumn("proof")
            .setUseHeader(true).build();

    private ExportFormat() {
    }

    /** The export as JSON text. */
    public static String toJson(JournalExport export) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", JournalExport.FORMAT);
        root.put("checkpoint", export.checkpoint().text());
        ArrayNode records = root.putArray("records");
        for (ExportedRecord r : export.records()) {
            ObjectNode n = records.addObject();
            n.put("index", r.index());
            n.put("record", r.canonicalText());
            ArrayNode proof = n.putArray("proof");
            r.proof().forEach(h -> proof.add(h.hex()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("JSON of an export cannot fail", e);
        }
    }

    /** The export as CSV text. */
    public static String toCsv(JournalExport export) {
        StringBuilder out = new StringBuilder("# " + JournalExport.FORMAT + "\n");
        export.checkpoint().text().lines().forEach(l -> out.append("# ").append(l).append('\n'));
        StringWriter rows = new StringWriter();
        try (var writer = CSV.writer(CSV_SCHEMA).writeValues(rows)) {
            for (ExportedRecord r : export.records()) {
                writer.write(List.of(Long.toString(r.index()), r.canonicalText(),
                        String.join(" ", r.proof().stream().map(TreeHash::hex).toList())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("CSV of an export cannot fail", e);
        }
        return out.append(rows).toString();
    }

    /** Reads either format (JSON starts with '{'); throws {@link IllegalArgumentException} naming what is wrong. */
    public static JournalExport parse(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") ? parseJson(t) : parseCsv(t);
    }

    private static JournalExport parseJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("export is not valid JSON: " + e.getMessage());
        }
        if (!JournalExport.FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("export format must be '" + JournalExport.FORMAT + "', got '" + root.path("format").asText() + "'");
        }
        SignedCheckpoint cp = SignedCheckpoint.parse(root.path("checkpoint").asText());
        List<ExportedRecord> records = new ArrayList<>();
        for (JsonNode n : root.path("records")) {
            List<TreeHash> proof = new ArrayList<>();
            n.path("proof").forEach(h -> proof.add(TreeHash.ofHex(h.asText())));
            if (!n.path("index").isIntegralNumber() || !n.path("record").isTextual()) {
                throw new IllegalArgumentException("export record " + records.size() + " needs an integer 'index' and a text 'record'");
            }
            records.add(new ExportedRecord(n.get("index").longValue(), n.get("record").textValue(), proof));
        }
        return new JournalExport(cp, records);
    }

    private static JournalExport parseCsv(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder checkpoint = new StringBuilder();
        int i = 0;
        if (lines.isEmpty() || !lines.get(0).equals("# " + JournalExport.FORMAT)) {
            throw new IllegalArgumentException("a CSV export starts with '# " + JournalExport.FORMAT + "'");
        }
        for (i = 1; i < lines.size() && lines.get(i).startsWith("# "); i++) {
            checkpoint.append(lines.get(i).substring(2)).append('\n');
        }
        SignedCheckpoint cp = SignedCheckpoint.parse(checkpoint.toString());
        String body = String.join("\n", lines.subList(i, lines.size()));
        List<ExportedRecord> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(CSV_SCHEMA.withHeader())
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).readValues(body)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                List<TreeHash> proof = row.get("proof").isBlank() ? List.of()
                        : Arrays.stream(row.get("proof").split(" ")).map(TreeHash::ofHex).toList();
                records.add(new ExportedRecord(Long.parseLong(row.get("index")), row.get("record"), proof));
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("CSV export row " + (records.size() + 1) + " cannot be read: " + e.getMessage());
        }
        return new JournalExport(cp, records);
    }
}
