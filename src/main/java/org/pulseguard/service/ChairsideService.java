package org.pulseguard.service;

import org.pulseguard.access.Authenticator;
import org.pulseguard.access.LoginSessions;
import org.pulseguard.access.LoginThrottle;
import org.pulseguard.access.UserStore;
import java.net.BindException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pulseguard.journal.ClinicJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running {@code pulseguard serve}: the supervised units, their journal and the HTTP API over
 * them. It owns all three from {@link #start} to {@link #close()}, which is the clean shutdown:
 * every unit to STANDBY, open sessions closed by shutdown (journaled), links closed, the journal
 * sealed and marked clean. Thread-safe; {@code close()} is idempotent.
 */
public final class ChairsideService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChairsideService.class);

    private final UnitRegistry units;
    private final ClinicJournal journal;
    private final ApiServer api;
    private final URI url;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ChairsideService(UnitRegistry units, ClinicJournal journal, ApiServer api, URI url) {
        this.units = units;
        this.journal = journal;
        this.api = api;
        this.url = url;
    }

    /**
     * Starts the API over {@code units} on {@code host:port} (0: a free port); logins and their idle
     * logout and throttling run on {@code clock} (the service's injected clock). On failure the units
     * and the journal are still the caller's to close.
     *
     * @throws BindException when another program holds the port
     */
    public static ChairsideService start(UnitRegistry units, ClinicJournal journal, UserStore users, java.time.Clock clock,
                                         String host, int port) throws BindException {
        LoginSessions sessions = new LoginSessions(clock);
        Logins logins = new Logins(users, sessions, new Authenticator(users, new LoginThrottle(clock), sessions));
        ApiServer api = new ApiServer(units, () -> journal.journal().writer().failure().map(Throwable::getMessage), logins);
        int bound = api.start(host, port);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        URI url = URI.create("http://" + shownHost + ":" + bound + "/");
        LOG.info("Serving {} unit(s) at {}", units.all().size(), url);
        return new ChairsideService(units, journal, api, url);
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return url;
    }

    public UnitRegistry units() {
        return units;
    }

    /** The journal's writer failure, if it failed. */
    public Optional<String> journalFailure() {
        return journal.journal().writer().failure().map(Throwable::getMessage);
    }

    /** The clean shutdown (see the class comment). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // The units first: the laser is safe before anything else is torn down.
        units.shutDownAll();
        try {
            api.stop();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the HTTP server failed: {}", e.getMessage());
        }
        journal.close();
        LOG.info("Service stopped; journal sealed");
    }
}
