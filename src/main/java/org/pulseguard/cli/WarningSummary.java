package org.pulseguard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pulseguard.profile.ProfileWarning;

/**
 * The warnings of a profiles check, for a person: one line per file and kind (so 87 placeholders
 * do not bury a real problem), every line on request, and the totals by kind. Immutable.
 */
final class WarningSummary {
    private final List<ProfileWarning> warnings;

    WarningSummary(List<ProfileWarning> warnings) {
        this.warnings = List.copyOf(warnings);
    }

    /** Every warning, {@code FILE: FIELD: MESSAGE}. */
    List<String> everyLine() {
        return warnings.stream().map(ProfileWarning::toString).toList();
    }

    /** One line per file and kind; warnings of kind OTHER are each shown in full. */
    List<String> summaryLines() {
        Map<String, Map<ProfileWarning.Kind, List<ProfileWarning>>> byFile = new TreeMap<>();
        for (ProfileWarning w : warnings) {
            byFile.computeIfAbsent(w.file().toString(), f -> new TreeMap<>()).computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
        }
        List<String> lines = new ArrayList<>();
        byFile.forEach((file, kinds) -> kinds.forEach((kind, list) -> {
            switch (kind) {
                case PLACEHOLDER -> lines.add(file + ": " + list.size() + " placeholder(s) to confirm ("
                        + list.stream().map(ProfileWarning::field).collect(Collectors.joining(", ")) + ")");
                case NOT_A_PROFILE -> lines.add(file + ": not a profile (ignored)");
                case OTHER -> list.forEach(w -> lines.add(w.toString()));
            }
        }));
        return lines;
    }

    /** For example {@code "87 warning(s): 86 placeholder(s) for the medical director or LSO to confirm, 1 file(s) that are not profiles"}. */
    String totals() {
        Map<ProfileWarning.Kind, Long> count = warnings.stream()
                .collect(Collectors.groupingBy(ProfileWarning::kind, TreeMap::new, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        count.forEach((kind, n) -> parts.add(switch (kind) {
            case PLACEHOLDER -> n + " placeholder(s) for the medical director or LSO to confirm";
            case NOT_A_PROFILE -> n + " file(s) that are not profiles";
            case OTHER -> n + " other";
        }));
        return warnings.size() + " warning(s)" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
                + (warnings.isEmpty() ? "" : " (--verbose lists each)");
    }
}
