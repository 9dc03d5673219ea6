package org.pulseguard.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the protocol layer's golden transcript files (src/test/resources/protocol/.../golden-transcripts.txt),
 * read only: one exchange per line, fields separated by {@code |}, byte strings double-quoted with
 * {@code \r}, {@code \n}, {@code \\}, {@code \"} and {@code \xHH} escapes.
 */
public final class GoldenFile {
    private GoldenFile() { }

    /** The fields of every exchange line of {@code resource}, trimmed. */
    public static List<String[]> load(String resource) throws IOException {
        try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not on the test class path");
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].trim();
                }
                out.add(fields);
            }
            return out;
        }
    }

    /** The bytes of a double-quoted field, as ISO-8859-1 text. */
    public static String unquote(String quoted) {
        String text = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            if (e == 'x') {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(e == 'r' ? '\r' : e == 'n' ? '\n' : e);
            }
        }
        return out.toString();
    }
}
