package org.pulseguard.simulator.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.protocol.reference.DecodeResult;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.transport.SerialPortTransport;
import org.pulseguard.transport.SerialSettings;
import org.pulseguard.transport.TransportException;

/** The in-process pseudo-terminal, with the controller's own jSerialComm transport as the client. */
@EnabledOnOs(OS.LINUX)
class PtyEndpointTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private SerialPortTransport client(Path link) throws TransportException {
        SerialPortTransport client = new SerialPortTransport(link.toString(), SerialSettings.REFERENCE_DEFAULT);
        client.open();
        toClose.add(client);
        return client;
    }

    private static byte[] readAtLeast(SerialPortTransport client, int count) throws TransportException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (got.size() < count && System.nanoTime() < deadline) {
            got.write(buffer, 0, client.read(buffer));
        }
        return got.toByteArray();
    }

    @Test
    void open_linksToARawSlave_andAll256ByteValuesFlowBothWays() throws Exception {
        // Given an open pty endpoint and a client on its link
        PtyEndpoint pty = new PtyEndpoint(dir.resolve("laser0"));
        toClose.add(pty);
        pty.open();
        SerialPortTransport client = client(pty.link());
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        // When the device writes every byte value, and the client writes them back
        pty.write(all);
        byte[] atClient = readAtLeast(client, 256);
        client.write(all);
        ByteArrayOutputStream atDevice = new ByteArrayOutputStream();
        byte[] buffer = new byte[512];
        for (int i = 0; i < 20 && atDevice.size() < 256; i++) {
            atDevice.write(buffer, 0, pty.read(buffer));
        }
        // Then both sides got them unchanged (raw: no echo, no CR/LF translation)
        assertThat(Files.readSymbolicLink(pty.link()).toString()).startsWith("/dev/pts/").isEqualTo(pty.slaveName().orElseThrow());
        assertThat(atClient).isEqualTo(all);
        assertThat(atDevice.toByteArray()).isEqualTo(all);
    }

    @Test
    void simulator_onPty_answersAFrameRoundTrip_andCloseRemovesTheLink() throws Exception {
        // Given a paced simulator on a pty
        Path link = dir.resolve("laser1");
        ReferenceLaserSimulator simulator = new ReferenceLaserSimulator(SimulatorConfig.defaults());
        simulator.start(new PtyEndpoint(link));
        SerialPortTransport client = client(link);
        // When the client sends IDENTIFY (seq 1)
        client.write(ReferenceCodec.encodeToBytes(1, new Request.Identify()));
        List<Frame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(FrameDecoder.Listener.of(frames::add, seq -> { }));
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (frames.stream().noneMatch(f -> f.sequence() == 1 && f.type() == 0x81) && System.nanoTime() < deadline) {
            decoder.feed(buffer, 0, client.read(buffer));
        }
        Frame reply = frames.stream().filter(f -> f.type() == 0x81).findFirst().orElseThrow();
        simulator.close();
        simulator.close();
        // Then the identity came back, and closing (twice) removed the link
        assertThat(((DecodeResult.Decoded) ReferenceCodec.decode(reply)).message())
                .isEqualTo(new Reply.Identity("PG-RL1064", "SIM-0001", "1.0.0", 500, 1000));
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void cut_makesTheClientReadEndOfFile_andOpenRecreatesTheLink() throws Exception {
        // Given a client on an open pty
        PtyEndpoint pty = new PtyEndpoint(dir.resolve("laser2"));
        toClose.add(pty);
        pty.open();
        SerialPortTransport client = client(pty.link());
        // When the link is cut
        pty.cut();
        // Then the client's read reports the link lost, the link is gone and writes fail
        assertThatThrownBy(() -> readAtLeast(client, 1)).isInstanceOf(TransportException.class)
                .extracting(e -> ((TransportException) e).kind()).isEqualTo(TransportException.Kind.LINK_LOST);
        assertThat(Files.exists(pty.link(), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThatThrownBy(() -> pty.write(new byte[] {1})).isInstanceOf(EndpointException.class);
        // And open() makes a new pty behind the same path that a fresh client can use
        pty.open();
        SerialPortTransport again = client(pty.link());
        pty.write(new byte[] {42});
        assertThat(readAtLeast(again, 1)).containsExactly(42);
    }

    @Test
    void open_replacesAStaleLink_butRefusesARegularFile() throws Exception {
        // Given a dangling link and a regular file
        Path stale = dir.resolve("stale");
        Files.createSymbolicLink(stale, dir.resolve("gone"));
        Path regular = Files.writeString(dir.resolve("notes.txt"), "keep me");
        PtyEndpoint onStale = new PtyEndpoint(stale);
        PtyEndpoint onRegular = new PtyEndpoint(regular);
        toClose.add(onStale);
        toClose.add(onRegular);
        // When both are opened
        onStale.open();
        // Then the stale link now points at the pty, and the regular file is left alone
        assertThat(Files.readSymbolicLink(stale).toString()).startsWith("/dev/pts/");
        assertThatThrownBy(onRegular::open).isInstanceOf(EndpointException.class).hasMessageContaining("not a symbolic link");
        assertThat(Files.readString(regular)).isEqualTo("keep me");
    }

    @Test
    void close_isIdempotent_andReadAfterCloseFails() throws Exception {
        PtyEndpoint pty = new PtyEndpoint(dir.resolve("laser3"));
        pty.open();
        pty.close();
        pty.close();
        assertThat(Files.exists(pty.link(), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThatThrownBy(() -> pty.read(new byte[8])).isInstanceOf(EndpointException.class);
        assertThatThrownBy(pty::open).isInstanceOf(EndpointException.class);
    }

    @Test
    void open_pathHeldByARunningEndpoint_isRefusedAsInUse_andFreedByClose() throws Exception {
        // Given one endpoint serving the path
        Path link = dir.resolve("held0");
        PtyEndpoint first = new PtyEndpoint(link);
        first.open();
        Path firstTarget = Files.readSymbolicLink(link);
        PtyEndpoint second = new PtyEndpoint(link);
        try {
            // When a second opens the same path / Then it is refused and the link is untouched
            assertThatThrownBy(second::open).isInstanceOfSatisfying(EndpointException.class, e -> {
                assertThat(e.kind()).isEqualTo(EndpointException.Kind.IN_USE);
                assertThat(e.getMessage()).contains("held by a running simulator");
            });
            assertThat(Files.readSymbolicLink(link)).isEqualTo(firstTarget);
        } finally {
            first.close();
        }
        // And once the first is closed, the path is free again
        PtyEndpoint third = new PtyEndpoint(link);
        try {
            third.open();
            assertThat(third.staleLinkReplaced()).isEmpty();
        } finally {
            third.close();
        }
    }

    @Test
    void open_overALinkNobodyHolds_replacesItAndSaysSo() throws Exception {
        Path link = dir.resolve("stale0");
        Files.createSymbolicLink(link, Path.of("/dev/pts/999999"));
        PtyEndpoint endpoint = new PtyEndpoint(link);
        try {
            endpoint.open();
            assertThat(endpoint.staleLinkReplaced()).contains("/dev/pts/999999");
            assertThat(Files.readSymbolicLink(link).toString()).isEqualTo(endpoint.slaveName().orElseThrow());
        } finally {
            endpoint.close();
        }
    }

    @Test
    void open_inAMissingFolder_isABadAddressNamingTheFolder() {
        Path link = dir.resolve("missing").resolve("laser0");
        PtyEndpoint endpoint = new PtyEndpoint(link);
        assertThatThrownBy(endpoint::open).isInstanceOfSatisfying(EndpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(EndpointException.Kind.BAD_ADDRESS);
            assertThat(e.getMessage()).contains("missing", "does not exist");
        });
        endpoint.close();
    }
}
