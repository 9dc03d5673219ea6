package org.pulseguard.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile record was built from values that break its rules; carries every broken rule with its
 * field path, so a loader can report them all at once. Immutable once thrown.
 */
public final class InvalidProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldIssue> issues;

    /** @param issues at least one */
    public InvalidProfileException(List<FieldIssue> issues) {
        super(issues.stream().map(FieldIssue::toString).collect(Collectors.joining("; ")));
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("an invalid profile has at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    /** Every broken rule, in field order. */
    public List<FieldIssue> issues() {
        return issues;
    }
}
