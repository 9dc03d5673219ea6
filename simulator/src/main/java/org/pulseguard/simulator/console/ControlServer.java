package org.pulseguard.simulator.console;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pulseguard.simulator.threads.SimulatorThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves text control lines over TCP (loopback by default; port 0 = any free port): each client
 * gets a {@link LineSession} on its own daemon thread ({@code pulseguard-sim-control-N}); the
 * acceptor is {@code pulseguard-sim-control}. A bad line gets an error line and never stops the
 * server. Thread-safe; {@link #close()} is idempotent and closes every client.
 */
public final class ControlServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final ControlLineInterpreter interpreter;
    private final ServerSocket server;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientNumbers = new AtomicInteger();

    private ControlServer(ControlLineInterpreter interpreter, ServerSocket server) {
        this.interpreter = interpreter;
        this.server = server;
    }

    /** Listens on loopback {@code port} (0 = any) and starts accepting; returns at once. */
    public static ControlServer start(ControlLineInterpreter interpreter, int port) throws IOException {
        return start(interpreter, InetAddress.getLoopbackAddress(), port);
    }

    /** Listens on {@code address:port} and starts accepting; returns at once. */
    public static ControlServer start(ControlLineInterpreter interpreter, InetAddress address, int port)
            throws IOException {
        Objects.requireNonNull(interpreter, "interpreter");
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port));
        ControlServer control = new ControlServer(interpreter, socket);
        Thread acceptor = SimulatorThreads.newThread(control::acceptLoop, "pulseguard-sim-control");
        acceptor.start();
        LOG.info("simulator control lines on {}:{}", address.getHostAddress(), socket.getLocalPort());
        return control;
    }

    /** The bound port. */
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("control server close: {}", e.getMessage());
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                LOG.debug("control client close: {}", e.getMessage());
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread session = SimulatorThreads.newThread(() -> serve(client),
                        "pulseguard-sim-control-" + clientNumbers.incrementAndGet());
                session.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("control accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8))) {
            new LineSession(interpreter, in, out).run();
        } catch (IOException e) {
            LOG.debug("control client gone: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("control session failed", e);
        } finally {
            clients.remove(client);
        }
    }
}
