package org.pulseguard.simulator.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.fault.FaultLedger;

/** Drives a {@link LaserModel} on fake time in milliseconds from power-up (t = 0). Not thread-safe. */
final class ModelDriver {
    static final long MS = 1_000_000L;

    final LaserModel model;
    final FaultLedger ledger = new FaultLedger();
    private final List<Event> events = new ArrayList<>();
    private long nowNanos;

    ModelDriver(ModelConfig config) {
        model = new LaserModel(config, ledger, 0);
    }

    /** Warm-up 3 s, watchdog 500 ms, emission delay 1000 ms, no noise, key on. */
    static ModelConfig config() {
        return config(Duration.ofMillis(1000), 0.0, true);
    }

    static ModelConfig config(Duration emissionDelay, double noise, boolean keyOn) {
        ModelConfig d = ModelConfig.defaults();
        return new ModelConfig(d.model(), d.serial(), d.firmware(), Duration.ofSeconds(3), Duration.ofMillis(500),
                emissionDelay, 7L, noise, d.maxRateMillihertz(), d.powerUpSetpoint(), 1000, keyOn);
    }

    void atMillis(long millis) {
        atNanos(millis * MS);
    }

    void atNanos(long nanos) {
        nowNanos = nanos;
        model.advanceTo(nanos);
    }

    long nowMillis() {
        return nowNanos / MS;
    }

    Reply send(Request request) {
        return model.execute(request, nowNanos);
    }

    /** Advances to {@code untilMillis}, sending a HEARTBEAT every 200 ms on the way. */
    void heartbeatUntil(long untilMillis) {
        for (long t = nowMillis() + 200; t < untilMillis; t += 200) {
            atMillis(t);
            send(new Request.Heartbeat());
        }
        atMillis(untilMillis);
    }

    /** From power-up to STANDBY (t = 3000). */
    ModelDriver standby() {
        atMillis(3000);
        return this;
    }

    /** STANDBY then ARM at t = 3000. */
    ModelDriver ready() {
        standby();
        send(new Request.Arm());
        return this;
    }

    /** Every event so far (drained from the model and kept). */
    List<Event> events() {
        events.addAll(model.drainEvents());
        return events;
    }

    /** Events so far of one type. */
    <T extends Event> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets the events so far. */
    void clearEvents() {
        events();
        events.clear();
    }

    ModelSnapshot snapshot() {
        return model.snapshot();
    }
}
