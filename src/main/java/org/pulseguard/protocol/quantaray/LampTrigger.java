package org.pulseguard.protocol.quantaray;

/** Lamp trigger source for {@code LAMP <word>} (laser-protocols.md section 2). */
public enum LampTrigger {
    /** Fixed internal rate. */
    FIX,
    /** External trigger input. */
    EXT,
    /** Variable internal rate (see {@code LAMP VAR?}). */
    VAR,
    /** Lamp trigger inhibited. */
    INH
}
