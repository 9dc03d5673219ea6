package org.pulseguard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.pulseguard.device.DeviceIdentity;
import org.pulseguard.device.DeviceStatus;
import org.pulseguard.device.PulseCounters;
import org.pulseguard.device.Setpoint;

/**
 * What {@code probe} found, and its {@code --json} document: field names carry their units.
 * Immutable.
 */
@JsonPropertyOrder({"port", "dialect", "deviceProfile", "line", "model", "serial", "firmware", "watchdogPeriodMillis",
        "emissionDelayMillis", "state", "openInterlocks", "fault", "footswitchPressed", "setpoint", "counters"})
record ProbeReport(String port, String dialect, String deviceProfile, String line, String model, String serial,
                   String firmware, long watchdogPeriodMillis, long emissionDelayMillis, String state,
                   List<String> openInterlocks, String fault, boolean footswitchPressed, SetpointJson setpoint,
                   CountersJson counters) {

    /** The unit's pulse counters. */
    record CountersJson(long lifetimePulses, long userPulses) {}

    static ProbeReport of(String port, String dialect, String deviceProfile, String line, DeviceIdentity identity,
                          DeviceStatus status, PulseCounters counters) {
        Setpoint s = status.setpoint();
        SetpointJson setpoint = SetpointJson.of(s);
        return new ProbeReport(port, dialect, deviceProfile, line, identity.model(), identity.serial(), identity.firmware(),
                identity.watchdogPeriod().toMillis(), identity.emissionDelay().toMillis(), status.state().name(),
                status.openInterlocks().stream().map(Enum::name).toList(), status.fault().name(), status.footswitchPressed(),
                setpoint, new CountersJson(counters.lifetimePulses(), counters.userPulses()));
    }
}
