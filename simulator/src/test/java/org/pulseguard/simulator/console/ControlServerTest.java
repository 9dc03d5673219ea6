package org.pulseguard.simulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulseguard.simulator.link.SimulatorHarness;

/** Control lines over TCP and from a reader (stdin); bad lines never stop either. */
class ControlServerTest {
    private SimulatorHarness sim;

    @BeforeEach
    void start() throws Exception {
        sim = new SimulatorHarness().warmedUp();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void tcpClient_getsOneResponsePerLine_evenAfterBadLines() throws Exception {
        // Given a control server on an ephemeral port
        ControlServer server = sim.simulator.startControlServer(0);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            socket.setSoTimeout(2000);
            // When a bad line, then good lines, then quit are sent
            out.println("explode now");
            out.println("footswitch press");
            out.println("x".repeat(5000));
            out.println("state");
            out.println("quit");
            // Then each gets its answer and the session ends cleanly
            assertThat(in.readLine()).isEqualTo("error: unknown command 'explode' (try help)");
            assertThat(in.readLine()).isEqualTo("ok footswitch pressed");
            assertThat(in.readLine()).isEqualTo("error: line longer than 1024 characters");
            assertThat(in.readLine()).startsWith("{").contains("\"footswitchPressed\":true");
            assertThat(in.readLine()).isEqualTo("ok bye");
            assertThat(in.readLine()).isNull();
        }
        // And the server still takes new clients
        try (Socket again = new Socket(InetAddress.getLoopbackAddress(), server.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(again.getOutputStream(), true, StandardCharsets.UTF_8)) {
            again.setSoTimeout(2000);
            out.println("footswitch release");
            assertThat(in.readLine()).isEqualTo("ok footswitch released");
        }
    }

    @Test
    void lineSession_fromAReader_answersUntilEndOfInput() throws Exception {
        StringWriter out = new StringWriter();
        new LineSession(sim.simulator.interpreter(), new StringReader("key off\n\nbogus\nkey on"), out).run();
        assertThat(out.toString()).isEqualTo("ok key off\nerror: unknown command 'bogus' (try help)\nok key on\n");
    }
}
