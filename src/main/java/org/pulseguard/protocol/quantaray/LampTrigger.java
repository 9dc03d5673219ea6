package org.pulseguard.protocol.quantaray;

/** Lamp trigger source for {@code LAMP <word>} (docs/references.md#quantaray-place-driver). */
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
