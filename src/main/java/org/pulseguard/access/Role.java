package org.pulseguard.access;

/** Who a user of the service is, in the clinic's words; what each may do is {@link AccessPolicy}'s alone. */
public enum Role {
    /** The laser technician at the treatment chair: opens sessions, sets parameters, arms, fires. */
    TECHNICIAN,
    /** The laser safety officer: reads and exports every record; changes nothing on a unit (emergency stop excepted). */
    SAFETY_OFFICER,
    /** Manages user accounts and profiles; cannot fire the laser. */
    ADMIN
}
