package org.pulseguard.simulator.bigsky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.simulator.PtyClient;
import org.pulseguard.simulator.endpoint.PtyEndpoint;

/** The Big Sky simulator on a real pseudo-terminal, with the controller's jSerialComm transport as the host. */
@EnabledOnOs(OS.LINUX)
class BigSkyPtyTest {
    @TempDir
    Path dir;

    @Test
    void realPty_commandsGoIn_and17ByteRepliesComeOut_paced() throws Exception {
        BigSkyConfig config = BigSkyConfig.defaults();
        try (BigSkySimulator sim = new BigSkySimulator(config).start(new PtyEndpoint(dir.resolve("cfr")));
             PtyClient host = new PtyClient(dir.resolve("cfr"), sim.lineSettings())) {
            host.write(">SN\r\n");
            assertThat(host.read(17)).isEqualTo("\r\ns/number    184");
            host.write("$184R1\r\n>a\n");
            assertThat(host.read(34)).isEqualTo("\r\nshutter opened \r\nI 0 F 2 S 1 Q 0");
            assertThat(sim.control().snapshot().device().lamp()).isEqualTo(BigSkyModel.Lamp.START);
        }
    }
}
