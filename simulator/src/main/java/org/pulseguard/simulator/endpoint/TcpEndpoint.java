package org.pulseguard.simulator.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Objects;
import org.pulseguard.simulator.threads.SimulatorThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated unit behind a TCP port, like a serial device server: one client at a time, a new
 * client replaces the old one (which is closed). Port 0 picks a free port; {@link #port()} gives
 * the bound one, which is kept when the endpoint is re-opened after {@link #cut()}. An acceptor
 * thread ({@code pulseguard-sim-accept-PORT}, daemon) takes connections.
 *
 * <p>{@link #cut()} closes the client (it reads end of file) and stops listening until
 * {@link #open()}. Thread-safe.
 */
public final class TcpEndpoint implements DeviceEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(TcpEndpoint.class);
    private static final int POLL_MILLIS = 100;

    private final InetAddress bindAddress;
    private final Object clientLock = new Object();
    private volatile int port;
    private volatile ServerSocket server;
    private Thread acceptor;
    private volatile Socket client;
    private volatile boolean closed;
    private volatile long generation;

    /** Listens on {@code bindAddress:port} (port 0 = any free port). */
    public TcpEndpoint(InetAddress bindAddress, int port) {
        this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("TCP port " + port + " outside 0..65535");
        }
        this.port = port;
    }

    /** Listens on the loopback interface only (the default: a laser simulator is not for the network). */
    public static TcpEndpoint loopback(int port) {
        return new TcpEndpoint(InetAddress.getLoopbackAddress(), port);
    }

    /** The bound port (after {@link #open()}), or the requested one before. */
    public int port() {
        return port;
    }

    @Override
    public synchronized void open() throws EndpointException {
        if (closed) {
            throw new EndpointException("tcp endpoint is closed", false);
        }
        if (server != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, port));
            port = socket.getLocalPort();
            server = socket;
        } catch (java.net.BindException e) {
            throw new EndpointException(EndpointException.Kind.IN_USE, "cannot listen on " + bindAddress.getHostAddress() + ":"
                    + port + ": the port is in use", true, e);
        } catch (IOException e) {
            throw new EndpointException(EndpointException.Kind.FAILED, "cannot listen on " + bindAddress.getHostAddress() + ":"
                    + port + ": " + e.getMessage(), true, e);
        }
        generation++;
        ServerSocket listening = server;
        acceptor = SimulatorThreads.newThread(() -> acceptLoop(listening), "pulseguard-sim-accept-" + port);
        acceptor.start();
        LOG.info("simulator listening on {}", describe());
    }

    @Override
    public int read(byte[] buffer) throws EndpointException {
        if (closed) {
            throw new EndpointException("tcp endpoint is closed", false);
        }
        Socket current = client;
        if (current == null) {
            pause();
            return 0;
        }
        try {
            InputStream in = current.getInputStream();
            int n = in.read(buffer);
            if (n < 0) {
                drop(current, "client closed the connection");
                return 0;
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            drop(current, "client connection failed: " + e.getMessage());
            return 0;
        }
    }

    @Override
    public void write(byte[] data) throws EndpointException {
        if (server == null) {
            throw new EndpointException("tcp endpoint " + (closed ? "is closed" : "is cut"), !closed);
        }
        Socket current = client;
        if (current == null) {
            return;
        }
        try {
            current.getOutputStream().write(data);
            current.getOutputStream().flush();
        } catch (IOException e) {
            drop(current, "write failed: " + e.getMessage());
        }
    }

    /** Stops listening and closes the client; waits for the acceptor so the port is really free again. */
    @Override
    public synchronized void cut() {
        ServerSocket socket = server;
        server = null;
        closeQuietly(socket);
        Socket current = client;
        if (current != null) {
            drop(current, "link cut");
        }
        awaitAcceptorEnd();
    }

    @Override
    public boolean isUp() {
        return server != null;
    }

    @Override
    public long peerGeneration() {
        return generation;
    }

    @Override
    public String describe() {
        String state = closed ? " (closed)" : server == null ? " (down)" : client != null ? " (client attached)" : "";
        return "tcp://" + bindAddress.getHostAddress() + ":" + port + state;
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }

    /** A socket closed while another thread is in accept() is only released when that thread leaves it. */
    private void awaitAcceptorEnd() {
        Thread thread = acceptor;
        acceptor = null;
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket accepted = socket.accept();
                accepted.setTcpNoDelay(true);
                accepted.setSoTimeout(POLL_MILLIS);
                Socket previous;
                synchronized (clientLock) {
                    previous = client;
                    client = accepted;
                    generation++;
                }
                if (previous != null) {
                    closeQuietly(previous);
                    LOG.info("simulator: a new TCP client replaced the previous one");
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("simulator accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void drop(Socket socket, String why) {
        synchronized (clientLock) {
            if (client == socket) {
                client = null;
            }
        }
        closeQuietly(socket);
        LOG.debug("simulator TCP client dropped: {}", why);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("close failed: {}", e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
