package org.pulseguard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    static final PasswordHasher CHEAP = new PasswordHasher(1024, 1, 1);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void firstStart_makesAnAdminWithAOneTimePassword_once() throws Exception {
        try (UserStore users = UserStore.open(dir, CHEAP, CLOCK)) {
            String password = users.createFirstAdmin().orElseThrow();
            assertThat(password).hasSize(20);
            assertThat(users.createFirstAdmin()).isEmpty();
            UserAccount admin = users.find("admin").orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(users.passwordMatches("admin", password.toCharArray())).isTrue();
            users.setPassword("admin", "a-much-longer-secret".toCharArray());
            assertThat(users.find("admin").orElseThrow().mustChangePassword()).isFalse();
        }
        // the file holds no password in clear
        String bytes = new String(Files.readAllBytes(dir.resolve(UserStore.FILE_NAME)), StandardCharsets.ISO_8859_1)
                + (Files.exists(dir.resolve(UserStore.FILE_NAME + "-wal"))
                ? new String(Files.readAllBytes(dir.resolve(UserStore.FILE_NAME + "-wal")), StandardCharsets.ISO_8859_1) : "");
        assertThat(bytes).doesNotContain("a-much-longer-secret").contains("$argon2id$");
    }

    @Test
    void accounts_keepAcrossRestarts_andADisabledOneCannotLogIn() throws Exception {
        try (UserStore users = UserStore.open(dir, CHEAP, CLOCK)) {
            users.create("tech-anna", Role.TECHNICIAN, "treatment-room-2".toCharArray());
        }
        try (UserStore users = UserStore.open(dir, CHEAP, CLOCK)) {
            assertThat(users.find("tech-anna").orElseThrow().role()).isEqualTo(Role.TECHNICIAN);
            assertThat(users.passwordMatches("tech-anna", "treatment-room-2".toCharArray())).isTrue();
            users.setDisabled("tech-anna", true);
            assertThat(users.passwordMatches("tech-anna", "treatment-room-2".toCharArray())).isFalse();
            assertThat(users.find("tech-anna").orElseThrow().toString()).doesNotContain("argon2");
        }
    }

    @Test
    void badNamesAndPasswords_areRefusedNamingTheRule() throws Exception {
        try (UserStore users = UserStore.open(dir, CHEAP, CLOCK)) {
            assertThatThrownBy(() -> users.create("Anna Smith", Role.TECHNICIAN, "long-enough-secret".toCharArray()))
                    .hasMessageContaining("must be 3-32 of a-z");
            assertThatThrownBy(() -> users.create("anna", Role.TECHNICIAN, "short".toCharArray()))
                    .hasMessage("password must be at least 12 characters (it has 5)");
            assertThatThrownBy(() -> users.create("anna", Role.TECHNICIAN, "my-name-is-anna!".toCharArray()))
                    .hasMessage("password must not contain the user name");
            users.create("anna", Role.TECHNICIAN, "long-enough-secret".toCharArray());
            assertThatThrownBy(() -> users.create("anna", Role.ADMIN, "long-enough-secret".toCharArray()))
                    .hasMessage("user name 'anna' is taken");
            assertThatThrownBy(() -> users.setRole("nobody", Role.ADMIN)).hasMessage("no user named 'nobody'");
        }
    }
}
