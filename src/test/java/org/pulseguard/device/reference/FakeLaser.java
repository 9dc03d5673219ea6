package org.pulseguard.device.reference;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.protocol.reference.DecodeResult;
import org.pulseguard.protocol.reference.Event;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Nak;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.ReferenceMessage;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.transport.ByteTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/**
 * A hand-written in-memory reference unit behind a {@link ByteTransport}: it decodes what the driver
 * writes, answers with golden-shaped replies from a {@link FakeLaserModel}, remembers its 16 most
 * recent replies (a repeated request gets the remembered reply and is not executed again), answers
 * a NAK with its last reply, and can be scripted per request type to drop, delay, duplicate,
 * corrupt, refuse ({@link UnitBehaviour}), send late replies, send events, go silent or disconnect.
 * Thread-safe.
 */
final class FakeLaser implements ByteTransport {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    final FakeLaserModel model = new FakeLaserModel();
    final List<Frame> received = new CopyOnWriteArrayList<>();
    final List<byte[]> writes = new CopyOnWriteArrayList<>();
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger naksReceived = new AtomicInteger();
    private final String name = "fake:laser-" + INSTANCES.incrementAndGet();
    final BlockingQueue<byte[]> toHost = new LinkedBlockingQueue<>();
    private final FrameDecoder decoder = new FrameDecoder(FrameDecoder.Listener.of(this::onFrame, sequence -> { }));
    private final Map<MessageType, Deque<UnitBehaviour>> scripts = new ConcurrentHashMap<>();
    private final Map<String, byte[]> remembered = new LinkedHashMap<>();
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fake-laser-timer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger nextEventSequence = new AtomicInteger();
    volatile byte[] lastReply;
    private volatile boolean open;
    private volatile boolean lost;
    private volatile boolean silent;
    private volatile boolean refuseOpen;

    // ---- scripting ----

    /** The next requests of {@code type} get these behaviours, one per attempt, then the default answer. */
    void script(MessageType type, UnitBehaviour... behaviours) {
        scripts.computeIfAbsent(type, t -> new ArrayDeque<>()).addAll(Arrays.asList(behaviours));
    }

    void goSilent() {
        silent = true;
    }

    /** The other side vanishes: reads and writes fail with LINK_LOST until re-opened. */
    void disconnect() {
        lost = true;
    }

    void refuseOpen(boolean refuse) {
        refuseOpen = refuse;
    }

    /** Sends an event with the unit's next event number. */
    void sendEvent(Event event) {
        sendEvent(nextEventSequence.getAndIncrement() & 0xFF, event);
    }

    void sendEvent(int sequence, Event event) {
        nextEventSequence.set(sequence + 1);
        sendMessage(sequence, event);
    }

    /** Sends any message as the unit, with no memory of it. */
    void sendMessage(int sequence, ReferenceMessage message) {
        toHost.add(ReferenceCodec.encodeToBytes(sequence, message));
    }

    void sendRaw(byte[] bytes) {
        toHost.add(bytes.clone());
    }

    /** Sends a reply under {@code sequence} with no memory of it, as a late or misdirected reply would be. */
    void sendReply(int sequence, Reply reply) {
        toHost.add(ReferenceCodec.encodeToBytes(sequence, reply));
    }

    /** Answers {@code request}: remembers the reply (duplicates and NAKs get it again) and sends it. */
    void answer(int sequence, Request request, Reply reply) {
        toHost.add(remember(sequence, request, reply));
    }

    // ---- observation ----

    List<Frame> framesOfType(MessageType type) {
        return received.stream().filter(f -> f.type() == type.code()).toList();
    }

    List<MessageType> requestTypes() {
        return received.stream().map(f -> MessageType.fromCode(f.type()))
                .filter(t -> t != MessageType.HEARTBEAT).toList();
    }

    // ---- the unit's side of the wire ----

    private void onFrame(Frame frame) {
        received.add(frame);
        if (frame.type() == MessageType.NAK.code()) {
            naksReceived.incrementAndGet();
            byte[] last = lastReply;
            if (last != null) {
                toHost.add(last.clone());
            }
            return;
        }
        if (silent) {
            return;
        }
        DecodeResult result = ReferenceCodec.decode(frame);
        Request request = (Request) ((DecodeResult.Decoded) result).message();
        byte[] again = remembered(frame);
        if (again != null) {
            toHost.add(again);
            lastReply = again;
            return;
        }
        Deque<UnitBehaviour> script = scripts.get(request.type());
        UnitBehaviour behaviour = script == null ? null : script.poll();
        (behaviour == null ? UnitBehaviour.answer() : behaviour).respond(this, frame.sequence(), request);
    }

    private synchronized byte[] remembered(Frame frame) {
        byte[] bytes = remembered.get(key(frame.sequence(), frame.type(), frame.payload()));
        return bytes == null ? null : bytes.clone();
    }

    synchronized byte[] remember(int sequence, Request request, Reply reply) {
        byte[] bytes = ReferenceCodec.encodeToBytes(sequence, reply);
        remembered.put(key(sequence, request.type().code(), ReferenceCodec.encode(sequence, request).payload()), bytes);
        while (remembered.size() > 16) {
            remembered.remove(remembered.keySet().iterator().next());
        }
        lastReply = bytes;
        return bytes.clone();
    }

    private static String key(int sequence, int type, byte[] payload) {
        return sequence + "/" + type + "/" + Arrays.toString(payload);
    }

    // ---- ByteTransport ----

    @Override
    public void open() throws TransportException {
        if (refuseOpen) {
            throw new TransportException(TransportException.Kind.OPEN_FAILED, name + " refused to open");
        }
        opens.incrementAndGet();
        toHost.clear();
        lost = false;
        open = true;
    }

    @Override
    public int read(byte[] buffer) throws TransportException {
        requireUsable();
        byte[] chunk;
        try {
            chunk = toHost.poll(pollMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (chunk == null) {
            return 0;
        }
        System.arraycopy(chunk, 0, buffer, 0, chunk.length);
        return chunk.length;
    }

    @Override
    public void write(byte[] data) throws TransportException {
        requireUsable();
        writes.add(data.clone());
        synchronized (decoder) {
            decoder.feed(data);
        }
    }

    private void requireUsable() throws TransportException {
        if (lost) {
            open = false;
            throw new TransportException(TransportException.Kind.LINK_LOST, name + " disconnected");
        }
        if (!open) {
            throw new TransportException(TransportException.Kind.CLOSED, name + " is closed");
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int pollMillis() {
        return 10;
    }

    @Override
    public SerialSettings settings() {
        return SerialSettings.REFERENCE_DEFAULT;
    }

    @Override
    public String describe() {
        return name + " (in-memory)";
    }

    /** The port name the driver uses in thread names. */
    String portName() {
        return name;
    }

    @Override
    public void close() {
        open = false;
    }

    /** Stops the fake's own timer thread (tests call this in tear-down). */
    void shutdown() {
        timer.shutdownNow();
    }
}
