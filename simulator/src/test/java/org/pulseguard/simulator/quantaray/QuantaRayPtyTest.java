package org.pulseguard.simulator.quantaray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.simulator.PtyClient;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/** The Quanta-Ray simulator on a real pseudo-terminal, with the controller's jSerialComm transport (8N2) as the host. */
@EnabledOnOs(OS.LINUX)
class QuantaRayPtyTest {
    @TempDir
    Path dir;

    @Test
    void realPty_commandsGoIn_andReplyLinesComeOut_paced() throws Exception {
        QuantaRayConfig config = QuantaRayConfig.builder().warmUp(Duration.ZERO).build();
        try (QuantaRaySimulator sim = new QuantaRaySimulator(config).start(new PtyEndpoint(dir.resolve("qray")));
             PtyClient host = new PtyClient(dir.resolve("qray"), sim.lineSettings())) {
            host.write("*IDN?\r");
            assertThat(host.readLines(1)).isEqualTo("SPECTRA-PHYSICS,LAB-150-10,1234,2.01\n");
            host.write("ON\rQSW REP\r*STB?\r");
            assertThat(host.readLines(1)).isEqualTo("8389377\n");
            assertThat(sim.control().snapshot().device().contactorOn()).isTrue();
        }
    }
}
