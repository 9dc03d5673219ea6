package org.pulseguard.integration;

import java.time.Duration;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.simulator.control.InterlockInput;
import org.pulseguard.simulator.control.UnitControl;

/**
 * The faults of the fault x state matrix (issue 7 item 11), each injected through the simulator's
 * back door or, for the host's emergency stop, through the supervisor. A {@linkplain #trips tripping}
 * fault must bring the unit out of emission by itself (the footswitch stays held); the others (link
 * noise, drift) may be ridden out, and the operator then releases the footswitch and asks for STANDBY.
 */
enum MatrixFault {
    INTERLOCK(true),
    UNIT_ESTOP(true),
    LINK_CUT(true),
    MUTE(true),
    GARBAGE(false),
    CORRUPT(false),
    DUPLICATE(false),
    DELAY_PAST_TIMEOUT(false),
    REBOOT(true),
    DRIFT(false),
    OVER_TEMPERATURE(true),
    WATER_LOSS(true),
    STUCK_FOOTSWITCH(true),
    HOST_ESTOP(true);

    /** Longer than any driver's attempts for one exchange (3 x 250 ms). */
    static final Duration PAST_THE_TIMEOUT = Duration.ofMillis(1500);

    final boolean trips;

    MatrixFault(boolean trips) {
        this.trips = trips;
    }

    void inject(UnitControl control, SessionSupervisor supervisor) {
        switch (this) {
            case INTERLOCK -> control.openInterlock(InterlockInput.REMOTE);
            case UNIT_ESTOP -> control.emergencyStopButton(true);
            case LINK_CUT -> control.cutLink();
            case MUTE -> control.mute();
            case GARBAGE -> control.injectGarbage(64);
            case CORRUPT -> control.corruptReplies(3);
            case DUPLICATE -> control.duplicateReplies(5);
            case DELAY_PAST_TIMEOUT -> control.delayReplies(3, PAST_THE_TIMEOUT);
            case REBOOT -> control.reboot();
            case DRIFT -> control.energyDrift(6.0); // 10 % a second
            case OVER_TEMPERATURE -> control.overTemperature(true);
            case WATER_LOSS -> control.waterFlowLoss(true);
            case STUCK_FOOTSWITCH -> control.pressFootswitch(); // and never released
            case HOST_ESTOP -> supervisor.emergencyStop();
        }
    }

    /** True for the faults after which the host cannot read the unit's counter any more. */
    boolean losesTheLink() {
        return this == LINK_CUT || this == MUTE;
    }
}
