package org.pulseguard.cli;

/** The protocol dialects the command line offers. */
enum CliDialect {
    reference, bigsky, quantaray
}
