package org.pulseguard.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpTransportTest {

    private final ServerSocket server = newServer();
    private final TcpTransport transport = new TcpTransport("127.0.0.1", server.getLocalPort(), SerialSettings.REFERENCE_DEFAULT);

    private static ServerSocket newServer() {
        try {
            return new ServerSocket(0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void readAndWrite_moveBytesBothWays() throws Exception {
        // Given
        transport.open();
        try (Socket peer = server.accept()) {
            OutputStream toTransport = peer.getOutputStream();
            InputStream fromTransport = peer.getInputStream();

            // When
            transport.write(new byte[] {1, 2, 3});
            toTransport.write(new byte[] {(byte) 0xA5, 0x5A});
            toTransport.flush();

            // Then
            assertThat(fromTransport.readNBytes(3)).containsExactly(1, 2, 3);
            byte[] buffer = new byte[16];
            int n = 0;
            for (int i = 0; i < 20 && n == 0; i++) {
                n = transport.read(buffer);
            }
            assertThat(n).isEqualTo(2);
        }
    }

    @Test
    void read_whenNothingArrives_returnsZeroAfterThePoll() throws Exception {
        transport.open();
        try (Socket peer = server.accept()) {
            assertThat(transport.read(new byte[8])).isZero();
            assertThat(transport.isOpen()).isTrue();
        }
    }

    @Test
    void read_whenFarEndCloses_throwsLinkLost() throws Exception {
        transport.open();
        server.accept().close();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                transport.read(new byte[8]);
            }
        }).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.LINK_LOST));
        assertThat(transport.isOpen()).isFalse();
    }

    @Test
    void open_whenNobodyListens_throwsOpenFailedNamingTheAddress() throws Exception {
        int port = server.getLocalPort();
        server.close();
        TcpTransport t = new TcpTransport("127.0.0.1", port, SerialSettings.REFERENCE_DEFAULT);
        assertThatThrownBy(t::open).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.kind()).isEqualTo(TransportException.Kind.OPEN_FAILED);
            assertThat(e.getMessage()).contains("tcp://127.0.0.1:" + port);
            assertThat(e.openFailure()).contains(OpenFailure.CONNECTION_REFUSED);
        });
    }

    @Test
    void open_unknownHost_isNotCalledRefused() {
        TcpTransport t = new TcpTransport("no-such-host.invalid", 4001, SerialSettings.REFERENCE_DEFAULT);
        assertThatThrownBy(t::open).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.openFailure()).contains(OpenFailure.UNKNOWN_HOST);
            assertThat(e.getMessage()).contains("no-such-host.invalid").doesNotContain("refused");
        });
    }

    @Test
    void writeAfterClose_throwsClosed_andCloseIsIdempotent() {
        transport.close();
        transport.close();
        assertThatThrownBy(() -> transport.write(new byte[] {1}))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CLOSED));
    }
}
