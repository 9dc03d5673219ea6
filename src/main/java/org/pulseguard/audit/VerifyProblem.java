package org.pulseguard.audit;

/**
 * One thing {@code audit verify} found wrong.
 *
 * @param where what it concerns: {@code record 17}, {@code checkpoint at size 1000}, {@code key}
 * @param why what is wrong, in plain words
 */
public record VerifyProblem(String where, String why) {
    @Override
    public String toString() {
        return where + ": " + why;
    }
}
