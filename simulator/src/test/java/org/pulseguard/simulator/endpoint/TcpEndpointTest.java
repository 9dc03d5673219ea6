package org.pulseguard.simulator.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TCP endpoint: ephemeral port, one client at a time, cut and re-open on the same port. */
class TcpEndpointTest {
    private TcpEndpoint endpoint;

    @BeforeEach
    void open() throws Exception {
        endpoint = TcpEndpoint.loopback(0);
        endpoint.open();
    }

    @AfterEach
    void close() {
        endpoint.close();
    }

    private Socket connect() throws Exception {
        long before = endpoint.peerGeneration();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port());
        socket.setSoTimeout(2000);
        await().until(() -> endpoint.peerGeneration() > before);
        return socket;
    }

    @Test
    void portZero_bindsAFreePort_andBytesFlowBothWays() throws Exception {
        try (Socket client = connect()) {
            client.getOutputStream().write(new byte[] {1, 2, 3});
            byte[] buffer = new byte[16];
            int n = 0;
            for (int i = 0; i < 20 && n == 0; i++) {
                n = endpoint.read(buffer);
            }
            endpoint.write(new byte[] {9, 8});
            assertThat(endpoint.port()).isPositive();
            assertThat(n).isEqualTo(3);
            assertThat(client.getInputStream().readNBytes(2)).containsExactly(9, 8);
        }
    }

    @Test
    void newClient_replacesTheOldOne() throws Exception {
        try (Socket first = connect(); Socket second = connect()) {
            endpoint.write(new byte[] {7});
            assertThat(first.getInputStream().read()).isEqualTo(-1);
            assertThat(second.getInputStream().read()).isEqualTo(7);
        }
    }

    @Test
    void cut_givesTheClientEndOfFile_andOpenListensOnTheSamePortAgain() throws Exception {
        int port = endpoint.port();
        try (Socket client = connect()) {
            endpoint.cut();
            InputStream in = client.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
            assertThat(endpoint.isUp()).isFalse();
        }
        endpoint.open();
        try (Socket again = connect()) {
            endpoint.write(new byte[] {5});
            assertThat(again.getInputStream().read()).isEqualTo(5);
            assertThat(endpoint.port()).isEqualTo(port);
        }
    }
}
