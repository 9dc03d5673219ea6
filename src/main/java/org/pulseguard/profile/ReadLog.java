package org.pulseguard.profile;

import java.util.ArrayList;
import java.util.List;

/** What reading one profile file found: the issues that refuse it and the placeholder notes. Not thread-safe. */
final class ReadLog {
    private final List<FieldIssue> issues = new ArrayList<>();
    private final List<FieldIssue> notes = new ArrayList<>();

    void issue(String field, String reason) {
        issues.add(new FieldIssue(field, reason));
    }

    void issues(List<FieldIssue> more) {
        issues.addAll(more);
    }

    void note(String field, String message) {
        notes.add(new FieldIssue(field, message));
    }

    boolean clean() {
        return issues.isEmpty();
    }

    List<FieldIssue> issues() {
        return List.copyOf(issues);
    }

    List<FieldIssue> notes() {
        return List.copyOf(notes);
    }
}
