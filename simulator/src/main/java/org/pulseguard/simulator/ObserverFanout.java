package org.pulseguard.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.control.SimulatorObserver;
import org.pulseguard.simulator.fault.FaultKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes every observation to each registered observer; a throwing observer is logged and skipped. Thread-safe. */
final class ObserverFanout implements SimulatorObserver {
    private static final Logger LOG = LoggerFactory.getLogger(ObserverFanout.class);

    private final List<SimulatorObserver> observers = new CopyOnWriteArrayList<>();

    void add(SimulatorObserver observer) {
        observers.add(observer);
    }

    void remove(SimulatorObserver observer) {
        observers.remove(observer);
    }

    @Override
    public void requestReceived(int sequence, Request request, boolean duplicate) {
        each(o -> o.requestReceived(sequence, request, duplicate));
    }

    @Override
    public void replySent(int sequence, Reply reply) {
        each(o -> o.replySent(sequence, reply));
    }

    @Override
    public void eventSent(int sequence, Event event) {
        each(o -> o.eventSent(sequence, event));
    }

    @Override
    public void nakReceived(int sequence) {
        each(o -> o.nakReceived(sequence));
    }

    @Override
    public void frameRejected(String reason) {
        each(o -> o.frameRejected(reason));
    }

    @Override
    public void linkChanged(String description) {
        each(o -> o.linkChanged(description));
    }

    @Override
    public void lineReceived(String line) {
        each(o -> o.lineReceived(line));
    }

    @Override
    public void lineReplySent(String reply) {
        each(o -> o.lineReplySent(reply));
    }

    @Override
    public void faultExercised(FaultKind kind, String detail) {
        each(o -> o.faultExercised(kind, detail));
    }

    private void each(Consumer<SimulatorObserver> call) {
        for (SimulatorObserver observer : observers) {
            try {
                call.accept(observer);
            } catch (RuntimeException e) {
                LOG.warn("simulator observer failed", e);
            }
        }
    }
}
