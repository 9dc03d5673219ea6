package org.pulseguard.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/**
 * SerialPortTransport over a real pseudo-terminal (the simulator's in-process openpty): bytes both
 * ways, the measured jSerialComm traps (read -1 while isOpen() stays true is a lost link), reopening
 * by name after the far end comes back on a new /dev/pts/N, and stale bytes flushed on open.
 */
class SerialPortTransportPtyTest {
    @TempDir
    Path dir;
    private PtyEndpoint far;
    private SerialPortTransport transport;

    @AfterEach
    void tearDown() {
        if (transport != null) {
            transport.close();
        }
        if (far != null) {
            far.close();
        }
    }

    private SerialPortTransport openOn(Path link) throws Exception {
        transport = new SerialPortTransport(link.toString(), SerialSettings.REFERENCE_DEFAULT);
        transport.open();
        return transport;
    }

    private int readSome(byte[] into) throws TransportException {
        int n = 0;
        for (int i = 0; i < 20 && n == 0; i++) {
            n = transport.read(into);
        }
        return n;
    }

    @Test
    void bytes_flowBothWays() throws Exception {
        far = new PtyEndpoint(dir.resolve("unit0"));
        far.open();
        openOn(dir.resolve("unit0"));
        transport.write(new byte[] {1, 2, 3});
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[16];
        for (int i = 0; i < 20 && got.size() < 3; i++) {
            int n = far.read(chunk);
            got.write(chunk, 0, Math.max(0, n));
        }
        assertThat(got.toByteArray()).containsExactly(1, 2, 3);
        far.write(new byte[] {(byte) 0xA5, 0x5A});
        byte[] back = new byte[16];
        assertThat(readSome(back)).isEqualTo(2);
        assertThat(back[0]).isEqualTo((byte) 0xA5);
    }

    @Test
    void farEndGone_readIsLinkLost_andReopenByNameFindsTheNewPty() throws Exception {
        // Given
        Path link = dir.resolve("unit0");
        far = new PtyEndpoint(link);
        far.open();
        openOn(link);
        String firstSlave = far.slaveName().orElseThrow();

        // When the far end disappears
        far.cut();

        // Then the next read reports a lost link, not silence
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                transport.read(new byte[8]);
            }
        }).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.LINK_LOST));
        assertThat(transport.isOpen()).isFalse();
        assertThatThrownBy(() -> transport.write(new byte[] {1})).isInstanceOf(TransportException.class);

        // And when a unit comes back behind the same name, open() looks the name up again
        far.close();
        far = new PtyEndpoint(link);
        far.open();
        transport.open();
        far.write(new byte[] {7});
        assertThat(readSome(new byte[8])).isEqualTo(1);
        assertThat(far.slaveName()).isPresent();
        assertThat(firstSlave).startsWith("/dev/pts/");
    }

    @Test
    void open_flushesBytesThatWaitedBeforeIt() throws Exception {
        Path link = dir.resolve("unit0");
        far = new PtyEndpoint(link);
        far.open();
        far.write(new byte[] {9, 9, 9, 9});
        openOn(link);
        assertThat(transport.read(new byte[8])).isZero();
    }

    @Test
    void open_missingPort_isOpenFailedNamingIt() {
        SerialPortTransport missing = new SerialPortTransport(dir.resolve("nothing").toString(), SerialSettings.REFERENCE_DEFAULT);
        assertThatThrownBy(missing::open).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(TransportException.Kind.OPEN_FAILED);
            assertThat(e.getMessage()).contains("nothing");
        });
    }

    @Test
    void open_failure_isClassifiedWhereItHappens() throws Exception {
        // Given nothing, a regular file and a link to nothing
        Path regular = Files.writeString(dir.resolve("notes.txt"), "not a port");
        Path dangling = Files.createSymbolicLink(dir.resolve("laser9"), dir.resolve("gone"));

        // Then each fails with its own reason, not "missing, busy or no permission"
        assertThat(openFailure(dir.resolve("nothing"))).isEqualTo(OpenFailure.NOT_FOUND);
        assertThat(openFailure(regular)).isEqualTo(OpenFailure.NOT_A_DEVICE);
        assertThat(openFailure(dangling)).isEqualTo(OpenFailure.DANGLING_LINK);
        assertThat(openFailure(dir)).isEqualTo(OpenFailure.NOT_A_DEVICE);
    }

    private static OpenFailure openFailure(Path path) {
        SerialPortTransport t = new SerialPortTransport(path.toString(), SerialSettings.REFERENCE_DEFAULT);
        try {
            t.open();
            t.close();
            throw new AssertionError(path + " opened");
        } catch (TransportException e) {
            assertThat(e.getMessage()).contains(path.toString());
            return e.openFailure().orElseThrow();
        }
    }
}
