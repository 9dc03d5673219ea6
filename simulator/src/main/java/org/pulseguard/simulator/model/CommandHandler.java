package org.pulseguard.simulator.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireState;

/**
 * Answers each request per docs/protocol/reference-laser.md sections 5.1 and 6.1: which state
 * accepts it, which refusal code otherwise, and what it changes. Not thread-safe; part of
 * {@link LaserModel}.
 */
final class CommandHandler {
    private static final Set<MessageType> ACCEPTED_WHEN_OFF = EnumSet.of(MessageType.IDENTIFY, MessageType.GET_STATUS,
            MessageType.GET_ENERGY, MessageType.GET_SPOT, MessageType.GET_RATE, MessageType.GET_WAVELENGTH,
            MessageType.READ_COUNTERS, MessageType.HEARTBEAT, MessageType.STANDBY, MessageType.EMERGENCY_STOP);

    private final LaserModel model;
    private final SetpointRules rules;
    private final Reply.Identity identity;

    CommandHandler(LaserModel model, ModelConfig config, SetpointRules rules) {
        this.model = model;
        this.rules = rules;
        this.identity = new Reply.Identity(config.model(), config.serial(), config.firmware(),
                (int) config.watchdogPeriod().toMillis(), (int) config.emissionDelay().toMillis());
    }

    Reply execute(Request request) {
        MessageType type = request.type();
        if (model.state() == WireState.OFF && !ACCEPTED_WHEN_OFF.contains(type)) {
            return refused(type, WireError.WRONG_STATE);
        }
        return switch (type) {
            case IDENTIFY -> identity;
            case GET_STATUS -> status();
            case SET_ENERGY -> setEnergy(((Request.SetEnergy) request).energyMicrojoules());
            case GET_ENERGY -> new Reply.Energy(false, model.setpoint().energyMicrojoules());
            case SET_SPOT -> setSpot(((Request.SetSpot) request).spotMicrometres());
            case GET_SPOT -> new Reply.Spot(false, model.setpoint().spotMicrometres());
            case SET_RATE -> setRate(((Request.SetRate) request).rateMillihertz());
            case GET_RATE -> new Reply.Rate(false, model.setpoint().rateMillihertz());
            case SET_WAVELENGTH -> setWavelength(((Request.SetWavelength) request).wavelengthNanometres());
            case GET_WAVELENGTH -> new Reply.Wavelength(false, model.setpoint().wavelengthNanometres());
            case ARM -> arm();
            case STANDBY -> {
                model.standby(WireCause.HOST_COMMAND);
                yield stateAfter(MessageType.STANDBY_DONE);
            }
            case EMERGENCY_STOP -> {
                model.emergencyStop();
                yield stateAfter(MessageType.EMERGENCY_STOP_DONE);
            }
            case RESET_FAULT -> model.resetFault() ? new Reply.FaultAfterReset(model.fault())
                    : refused(type, WireError.INTERLOCK_OPEN);
            case HEARTBEAT -> {
                model.feedWatchdog();
                yield stateAfter(MessageType.HEARTBEAT_DONE);
            }
            case READ_COUNTERS -> new Reply.Counters(false, model.counters().lifetime, model.counters().user);
            case RESET_USER_COUNTER -> {
                model.counters().resetUser();
                yield new Reply.Counters(true, model.counters().lifetime, 0);
            }
            default -> refused(type, WireError.UNKNOWN_COMMAND);
        };
    }

    private Reply status() {
        WireSetpoint s = model.setpoint();
        return new Reply.Status(model.state(), model.interlockBits(), model.fault(), model.footswitchPressed(),
                s.energyMicrojoules(), s.spotMicrometres(), s.rateMillihertz(), s.wavelengthNanometres());
    }

    /** ARM: only from STANDBY with interlocks closed, no fault and the footswitch released; a no-op in READY/EMISSION. */
    private Reply arm() {
        switch (model.state()) {
            case STANDBY -> {
                Optional<WireError> refusal = armRefusal();
                if (refusal.isPresent()) {
                    return refused(MessageType.ARM, refusal.get());
                }
                model.arm();
            }
            case READY, EMISSION -> model.feedWatchdog();
            default -> {
                return refused(MessageType.ARM, WireError.WRONG_STATE);
            }
        }
        return stateAfter(MessageType.ARM_DONE);
    }

    private Optional<WireError> armRefusal() {
        if (model.anyInterlockOpen()) {
            return Optional.of(WireError.INTERLOCK_OPEN);
        }
        if (model.fault() != WireFault.NONE) {
            return Optional.of(WireError.FAULT_LATCHED);
        }
        return model.footswitchPressed() ? Optional.of(WireError.FOOTSWITCH_PRESSED) : Optional.empty();
    }

    private Reply setEnergy(long requested) {
        WireSetpoint s = model.setpoint();
        Optional<WireError> refusal = settable().or(() -> rules.energy(requested, s.wavelengthNanometres()));
        if (refusal.isPresent()) {
            return refused(MessageType.SET_ENERGY, refusal.get());
        }
        long applied = model.takeMisapply("SET_ENERGY " + requested + " uJ")
                ? rules.misappliedEnergy(requested, s.wavelengthNanometres()) : requested;
        model.applySetpoint(s.withEnergy(applied));
        return new Reply.Energy(true, applied);
    }

    private Reply setSpot(int requested) {
        Optional<WireError> refusal = settable().or(() -> rules.spot(requested));
        if (refusal.isPresent()) {
            return refused(MessageType.SET_SPOT, refusal.get());
        }
        int applied = model.takeMisapply("SET_SPOT " + requested + " um") ? rules.misappliedSpot(requested) : requested;
        model.applySetpoint(model.setpoint().withSpot(applied));
        return new Reply.Spot(true, applied);
    }

    private Reply setRate(long requested) {
        Optional<WireError> refusal = settable().or(() -> rules.rate(requested));
        if (refusal.isPresent()) {
            return refused(MessageType.SET_RATE, refusal.get());
        }
        long applied = model.takeMisapply("SET_RATE " + requested + " mHz") ? rules.misappliedRate(requested) : requested;
        model.applySetpoint(model.setpoint().withRate(applied));
        return new Reply.Rate(true, applied);
    }

    private Reply setWavelength(int requested) {
        long energy = model.setpoint().energyMicrojoules();
        Optional<WireError> refusal = settable().or(() -> rules.wavelength(requested, energy));
        if (refusal.isPresent()) {
            return refused(MessageType.SET_WAVELENGTH, refusal.get());
        }
        OptionalInt other = rules.misappliedWavelength(requested, energy);
        int applied = other.isPresent() && model.takeMisapply("SET_WAVELENGTH " + requested + " nm")
                ? other.getAsInt() : requested;
        model.applySetpoint(model.setpoint().withWavelength(applied));
        return new Reply.Wavelength(true, applied);
    }

    /** Parameters change only in WARM_UP and STANDBY (OFF is refused before this). */
    private Optional<WireError> settable() {
        WireState state = model.state();
        return state == WireState.WARM_UP || state == WireState.STANDBY ? Optional.empty()
                : Optional.of(WireError.WRONG_STATE);
    }

    private Reply stateAfter(MessageType replyType) {
        return new Reply.StateAfter(replyType, model.state());
    }

    private static Reply refused(MessageType type, WireError error) {
        return new Reply.Refused(type.code(), error);
    }
}
