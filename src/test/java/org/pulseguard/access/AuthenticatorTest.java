package org.pulseguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorTest {
    @TempDir
    Path dir;
    private Instant now = Instant.parse("2026-12-08T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private UserStore users;
    private LoginSessions sessions;
    private Authenticator auth;

    @BeforeEach
    void accounts() throws Exception {
        users = UserStore.open(dir, UserStoreTest.CHEAP, clock);
        users.create("tech-anna", Role.TECHNICIAN, "treatment-room-2".toCharArray());
        sessions = new LoginSessions(clock);
        auth = new Authenticator(users, new LoginThrottle(clock), sessions);
    }

    @AfterEach
    void close() {
        users.close();
    }

    @Test
    void aGoodLogin_startsASession_withTheRole_andCsrfToken() throws Exception {
        Authenticator.Result r = auth.login("tech-anna", "treatment-room-2".toCharArray(), "127.0.0.1");
        assertThat(r).isInstanceOf(Authenticator.LoggedIn.class);
        LoginSession s = ((Authenticator.LoggedIn) r).session();
        assertThat(s.role()).isEqualTo(Role.TECHNICIAN);
        assertThat(sessions.use(s.token())).isPresent();
        assertThat(LoginSessions.csrfMatches(s, s.csrfToken())).isTrue();
        assertThat(LoginSessions.csrfMatches(s, s.token())).isFalse();
        assertThat(LoginSessions.csrfMatches(s, null)).isFalse();
        assertThat(s.toString()).doesNotContain(s.token(), s.csrfToken());
    }

    @Test
    void anUnknownNameAndAWrongPassword_getTheSameAnswer_andRepeatedFailuresAreThrottled() throws Exception {
        Authenticator.Result unknown = auth.login("nobody", "treatment-room-2".toCharArray(), "10.0.0.7");
        Authenticator.Result wrong = auth.login("tech-anna", "wrong-password-x".toCharArray(), "10.0.0.7");
        assertThat(unknown).isEqualTo(wrong);
        for (int i = 0; i < 3; i++) {
            auth.login("tech-anna", "wrong-password-x".toCharArray(), "10.0.0.7");
        }
        Authenticator.Result throttled = auth.login("tech-anna", "treatment-room-2".toCharArray(), "10.0.0.7");
        assertThat(throttled).isInstanceOf(Authenticator.Refused.class);
        assertThat(((Authenticator.Refused) throttled).reason()).startsWith("too many failed attempts: try again in 30 s");
        now = now.plusSeconds(31);
        assertThat(auth.login("tech-anna", "treatment-room-2".toCharArray(), "10.0.0.8")).isInstanceOf(Authenticator.LoggedIn.class);
    }

    @Test
    void sessions_endAfter15IdleMinutes_andAfter12HoursWhatever() throws Exception {
        LoginSession s = ((Authenticator.LoggedIn) auth.login("tech-anna", "treatment-room-2".toCharArray(), "127.0.0.1")).session();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(sessions.use(s.token())).isPresent();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(sessions.use(s.token())).isEmpty();
        LoginSession t = ((Authenticator.LoggedIn) auth.login("tech-anna", "treatment-room-2".toCharArray(), "127.0.0.1")).session();
        for (int i = 0; i < 12 * 6; i++) {
            now = now.plus(Duration.ofMinutes(10));
            sessions.use(t.token());
        }
        assertThat(sessions.use(t.token())).isEmpty();
    }

    @Test
    void confirm_isTheKeyControl_theSamePasswordThrottledAlike() throws Exception {
        LoginSession s = ((Authenticator.LoggedIn) auth.login("tech-anna", "treatment-room-2".toCharArray(), "127.0.0.1")).session();
        assertThat(auth.confirm(s, "treatment-room-2".toCharArray(), "127.0.0.1")).isEmpty();
        assertThat(auth.confirm(s, "nope-nope-nope".toCharArray(), "127.0.0.1")).hasValueSatisfying(
                r -> assertThat(r.reason()).isEqualTo("the password does not match"));
    }
}
