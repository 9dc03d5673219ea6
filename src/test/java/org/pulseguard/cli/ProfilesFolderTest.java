package org.pulseguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the profiles are when the person does not say. */
class ProfilesFolderTest {
    @TempDir
    Path dir;

    @Test
    void locate_workingDirectoryWithProfiles_usesThem() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.createDirectories(work.resolve("device-profiles"));
        Path install = Files.createDirectories(dir.resolve("install/device-profiles")).getParent();

        assertThat(ProfilesFolder.locate(work, Optional.of(install.resolve("target/pulseguard.jar"))))
                .isEqualTo(Path.of("device-profiles"));
    }

    @Test
    void locate_elsewhere_usesTheInstallationsFolderNextToTarget() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path install = Files.createDirectories(dir.resolve("install/device-profiles")).getParent();
        Files.createDirectories(install.resolve("target"));

        assertThat(ProfilesFolder.locate(work, Optional.of(install.resolve("target/pulseguard.jar"))))
                .isEqualTo(install.resolve("device-profiles"));
    }

    @Test
    void locate_jarBesideAProfilesFolder_usesThatFolder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path opt = Files.createDirectories(dir.resolve("opt/pulseguard/device-profiles")).getParent();

        assertThat(ProfilesFolder.locate(work, Optional.of(opt.resolve("pulseguard.jar")))).isEqualTo(opt.resolve("device-profiles"));
    }

    @Test
    void locate_nowhere_fallsBackToTheRelativeName() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));

        assertThat(ProfilesFolder.locate(work, Optional.of(dir.resolve("x/target/pulseguard.jar")))).isEqualTo(Path.of("device-profiles"));
        assertThat(ProfilesFolder.locate(work, Optional.empty())).isEqualTo(Path.of("device-profiles"));
    }
}
