package org.pulseguard.device.reference;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireError;

/** How a {@link FakeLaser} answers one request (one attempt of it), with the scripted behaviours tests use. */
@FunctionalInterface
interface UnitBehaviour {

    void respond(FakeLaser laser, int sequence, Request request);

    static UnitBehaviour answer() {
        return (laser, sequence, request) -> laser.answer(sequence, request, laser.model.answer(request));
    }

    static UnitBehaviour drop() {
        return (laser, sequence, request) -> { };
    }

    static UnitBehaviour answerWith(Reply reply) {
        return (laser, sequence, request) -> laser.answer(sequence, request, reply);
    }

    static UnitBehaviour refuse(WireError error) {
        return (laser, sequence, request) ->
                laser.answer(sequence, request, new Reply.Refused(request.type().code(), error));
    }

    static UnitBehaviour duplicate() {
        return (laser, sequence, request) -> {
            laser.answer(sequence, request, laser.model.answer(request));
            laser.sendRaw(laser.lastReply);
        };
    }

    /** The unit answers correctly, but the line flips a bit of the reply's CRC. */
    static UnitBehaviour corrupt() {
        return (laser, sequence, request) -> {
            byte[] bytes = laser.remember(sequence, request, laser.model.answer(request));
            bytes[bytes.length - 1] ^= 0x01;
            laser.toHost.add(bytes);
        };
    }

    /** The unit did not receive the request intact and says so. */
    static UnitBehaviour nak() {
        return (laser, sequence, request) -> laser.sendMessage(sequence, new Nak(Nak.CRC_MISMATCH));
    }

    static UnitBehaviour delay(Duration delay) {
        return (laser, sequence, request) -> {
            Reply reply = laser.model.answer(request);
            laser.timer.schedule(() -> laser.answer(sequence, request, reply), delay.toMillis(), TimeUnit.MILLISECONDS);
        };
    }

    /** Executes at once but answers only when {@code release} opens. */
    static UnitBehaviour hold(CountDownLatch release) {
        return (laser, sequence, request) -> {
            Reply reply = laser.model.answer(request);
            laser.timer.execute(() -> {
                try {
                    release.await();
                    laser.answer(sequence, request, reply);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        };
    }
}
