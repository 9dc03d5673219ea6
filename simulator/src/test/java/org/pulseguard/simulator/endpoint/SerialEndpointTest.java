package org.pulseguard.simulator.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.pulseguard.protocol.reference.Frame;
import org.pulseguard.protocol.reference.FrameDecoder;
import org.pulseguard.protocol.reference.ReferenceCodec;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.simulator.ReferenceLaserSimulator;
import org.pulseguard.simulator.SimulatorConfig;
import org.pulseguard.transport.SerialSettings;

/**
 * The serial-port endpoint, on the slave of a pty standing in for a real port (the test plays the
 * host on the pty's master).
 */
@EnabledOnOs(OS.LINUX)
class SerialEndpointTest {
    @TempDir
    Path dir;

    @Test
    void simulator_onSerialPort_answersTheHostOnTheOtherEnd() throws Exception {
        try (PtyEndpoint host = new PtyEndpoint(dir.resolve("cable"))) {
            // Given a simulator on the serial port at the far end of a "cable"
            host.open();
            SerialEndpoint port = new SerialEndpoint(host.link().toString(), SerialSettings.REFERENCE_DEFAULT);
            try (ReferenceLaserSimulator simulator = new ReferenceLaserSimulator(
                    SimulatorConfig.builder().pacing(false).build()).start(port)) {
                // When the host sends GET_RATE
                host.write(ReferenceCodec.encodeToBytes(77, new Request.GetRate()));
                List<Frame> frames = new ArrayList<>();
                FrameDecoder decoder = new FrameDecoder(FrameDecoder.Listener.of(frames::add, seq -> { }));
                byte[] buffer = new byte[256];
                for (int i = 0; i < 20 && frames.stream().noneMatch(f -> f.sequence() == 77); i++) {
                    decoder.feed(buffer, 0, host.read(buffer));
                }
                // Then the rate comes back over the serial port
                assertThat(frames).anyMatch(f -> f.sequence() == 77 && f.type() == 0x88);
                assertThat(port.describe()).startsWith("serial:");
            }
        }
    }
}
