package org.pulseguard.simulator.quantaray;

import java.util.List;
import org.pulseguard.protocol.quantaray.EchoMode;
import org.pulseguard.protocol.quantaray.ErrorHistory;
import org.pulseguard.protocol.quantaray.LampTrigger;
import org.pulseguard.protocol.quantaray.QswitchAction;

/**
 * The Quanta-Ray detail of a simulated unit's true state. Immutable.
 *
 * @param contactorOn main contactor energized (ON)
 * @param simmerOn oscillator simmer on (warm-up done)
 * @param qswitchMode the Q-switch mode ({@code QSW?})
 * @param firePending a {@code QSW FIR} waits for its shot
 * @param lampTrigger the lamp trigger source
 * @param lampRateCentihertz the lamp rate in force (0 for EXT and INH)
 * @param variableRateCentihertz {@code LAMP VAR?}
 * @param oscillatorPfnTenths {@code READ:OPFN?}, tenths of a percent
 * @param amplifierPfnTenths {@code READ:APFN?}, tenths of a percent
 * @param advancedSyncMicroseconds {@code QSW ADV?}
 * @param qswitchDelayMicroseconds {@code QSW DEL?}
 * @param watchdogSeconds {@code WATC}, 0 = off
 * @param echoMode the echo mode in force
 * @param baud the line speed in force
 * @param statusRegister {@code *STB?}
 * @param questionableRegister {@code STAT:QUES?}
 * @param shotCount {@code SHOT?}
 * @param history {@code READ:HIST?} entries, most recent first
 */
public record QuantaRayState(boolean contactorOn, boolean simmerOn, QswitchAction qswitchMode, boolean firePending,
                             LampTrigger lampTrigger, int lampRateCentihertz, int variableRateCentihertz,
                             int oscillatorPfnTenths, int amplifierPfnTenths, int advancedSyncMicroseconds,
                             int qswitchDelayMicroseconds, int watchdogSeconds, EchoMode echoMode, int baud,
                             long statusRegister, long questionableRegister, long shotCount,
                             List<ErrorHistory.Entry> history) {
    public QuantaRayState {
        history = List.copyOf(history);
    }
}
