package org.pulseguard.cli;

/** This program's name and version, as {@code --version} prints it and the journal records it. */
final class Software {
    static final String VERSION = "pulseguard 0.1.0";

    private Software() {
    }
}
