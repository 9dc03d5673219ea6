package org.pulseguard.protocol.quantaray;

/**
 * The word of {@code QSW <word>} (docs/references.md#quantaray-place-driver). All but {@link #FIR} select a
 * mode that {@code QSW?} then reports; {@link #FIR} fires the Q-switch once.
 */
public enum QswitchAction {
    /** Long-pulse mode (no Q-switching). */
    LONG,
    /** External Q-switch trigger. */
    EXT,
    /** Normal mode. */
    NORM,
    /** Single-shot mode: armed, fires only on {@link #FIR}. */
    SING,
    /** Fire once. */
    FIR,
    /** Repetitive firing. */
    REP;

    /** True for the words that select a mode (all but {@link #FIR}). */
    public boolean isMode() {
        return this != FIR;
    }
}
