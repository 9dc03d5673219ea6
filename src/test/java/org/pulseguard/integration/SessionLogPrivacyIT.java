package org.pulseguard.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.pulseguard.journal.CheckpointPolicy;
import org.pulseguard.journal.ClinicJournal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.SafeProfile;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.session.Checklist;
import org.pulseguard.session.ClientPseudonym;
import org.pulseguard.session.Outcome;
import org.pulseguard.session.ReasonCode;
import org.pulseguard.session.SessionRequest;
import org.pulseguard.session.SessionState;
import org.pulseguard.session.SessionSupervisor;
import org.pulseguard.session.SupervisorSettings;
import org.pulseguard.simulator.control.InterlockInput;
import org.slf4j.LoggerFactory;

/**
 * No client pseudonym and no clinical field (skin type, treatment site, first session on a site)
 * reaches the application log (issue 7 item 5, H18): every log line of a supervised session on each
 * dialect's simulator, captured at TRACE, with refusals that carry those fields in their detail.
 */
class SessionLogPrivacyIT {
    private static final String PSEUDONYM = "C-PRIV7Q2K";
    private static final String SITE = "privacy-site-left-ankle";
    /** Lower-case fragments that would reveal a clinical field (reason codes such as SKIN_TYPE_NOT_IN_PROFILE are allowed). */
    private static final List<String> FORBIDDEN = List.of(PSEUDONYM.toLowerCase(Locale.ROOT), SITE, "skin type", "fitzpatrick",
            "first session");

    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Level rootLevel;
    private DialectRig rig;
    private SessionSupervisor supervisor;
    private ClinicJournal journal;

    @BeforeEach
    void captureEveryLogLine() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender); // TRACE on the console would flood the build output
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void restore() {
        if (supervisor != null) {
            supervisor.close();
        }
        if (journal != null) {
            journal.close();
        }
        if (rig != null) {
            rig.close();
        }
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        detached.forEach(root::addAppender);
        root.setLevel(rootLevel);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"reference", "bigsky", "quantaray"})
    void aSupervisedSession_logsNoPseudonymNorClinicalField(String dialect) throws Exception {
        // Given: a session with refusals whose details name the skin type and the site
        rig = new DialectRig(dialect, dir);
        supervisor = new SessionSupervisor(rig.driver, rig.profiles.device(), Clock.systemUTC(), SupervisorSettings.defaults());
        journal = ClinicJournal.open(dir.resolve("journal"), Clock.systemUTC(), ZoneId.of("Europe/Berlin"), "pulseguard test",
                CheckpointPolicy.DEFAULT);
        journal.attach(supervisor, rig.driver.identity().orElseThrow().serial());
        assertThat(supervisor.checkCounters().accepted()).isTrue();
        supervisor.start(rig.scheduler, 20);
        SafeProfile profile = rig.profiles.safeProfile("tattoo-1064-fst-i-iii").orElseThrow();
        Checklist complete = new Checklist(true, true, true, true);
        assertThat(supervisor.openSession(request(SkinType.V, profile, complete)).reason()).isEqualTo(ReasonCode.SKIN_TYPE_NOT_IN_PROFILE);
        assertThat(supervisor.openSession(request(SkinType.II, profile, complete)).accepted()).isTrue();
        assertThat(supervisor.openSession(request(SkinType.II, profile, complete)).reason()).isEqualTo(ReasonCode.SESSION_ALREADY_OPEN);
        // When: a run, an interlock trip, a refused reset and the close
        Setpoint rigSetpoint = rig.setpoint();
        Setpoint setpoint = dialect.equals("reference") // the reference laser's profile allows 5 Hz
                ? new Setpoint(rigSetpoint.energy(), rigSetpoint.spot(), RepetitionRate.ofHertz(5), rigSetpoint.wavelength())
                : rigSetpoint;
        assertThat(supervisor.handpieceChanged(setpoint.spot())).matches(Outcome::accepted);
        assertThat(supervisor.applySetpoint(setpoint)).matches(Outcome::accepted);
        assertThat(supervisor.arm()).matches(Outcome::accepted);
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.state() == SessionState.READY);
        rig.control.pressFootswitch();
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.state() == SessionState.FIRING);
        rig.control.releaseFootswitch();
        rig.control.openInterlock(InterlockInput.REMOTE);
        await().atMost(Duration.ofSeconds(5)).until(() -> supervisor.state() == SessionState.TRIPPED);
        assertThat(supervisor.reset().accepted()).isFalse();
        assertThat(supervisor.closeSession().accepted()).isTrue();
        journal.close();
        journal = null;
        // Then: the journal holds the session, its personal fields only sealed
        for (String file : List.of("journal.db", "journal.db-wal")) {
            Path path = dir.resolve("journal").resolve(file);
            if (Files.exists(path)) {
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file).contains("SESSION_OPENED").doesNotContain(PSEUDONYM, SITE);
            }
        }
        assertThat(captured.list).as("log lines captured").isNotEmpty();
        for (ILoggingEvent line : List.copyOf(captured.list)) {
            String text = render(line).toLowerCase(Locale.ROOT);
            assertThat(FORBIDDEN).as("log line: %s", text).noneMatch(text::contains);
        }
    }

    private static SessionRequest request(SkinType skin, SafeProfile profile, Checklist checklist) {
        return new SessionRequest("tech-privacy", new ClientPseudonym(PSEUDONYM), skin, SITE, true, profile, checklist);
    }

    /** Everything a log line can show: logger, thread, message with its arguments, exceptions. */
    private static String render(ILoggingEvent line) {
        StringBuilder text = new StringBuilder(line.getLoggerName()).append(' ').append(line.getThreadName()).append(' ')
                .append(line.getFormattedMessage());
        for (IThrowableProxy t = line.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
