package org.pulseguard.access;

/** Something a request may ask the service to do; {@link AccessPolicy} says which {@link Role} may. */
public enum Permission {
    /** See units, their live state and the chair page (read only). */
    WATCH_UNITS,
    /** Stop emission at once: every logged-in user, from every state. */
    EMERGENCY_STOP,
    /** Open and close sessions, apply setpoints, arm, standby, reset: the laser's key control. */
    OPERATE_UNIT,
    /** Drive a simulated unit's panel (footswitch, interlocks, faults) for training and tests. */
    USE_SIMULATOR_PANEL,
    /** Read the journal's sessions, exceptions and verification. */
    READ_AUDIT,
    /** Export journal records with their proofs. */
    EXPORT_JOURNAL,
    /** Create, disable and change user accounts and their roles. */
    MANAGE_USERS,
    /** Change device and safe profiles. */
    EDIT_PROFILES
}
