package org.pulseguard.service;

import java.util.List;

/**
 * A config file for {@code pulseguard serve} that cannot be used: every problem found, each naming
 * the file, the field, the value and what is expected. Immutable.
 */
public final class ServiceConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ServiceConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem in one line. */
    public List<String> problems() {
        return problems;
    }
}
