package org.pulseguard.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressAndSettingsTest {

    @Test
    void parse_tcpAddress_givesHostAndPort() {
        assertThat(PortAddress.parse("tcp://localhost:4001")).isEqualTo(new PortAddress.Tcp("localhost", 4001));
        assertThat(PortAddress.parse("./laser0")).isEqualTo(new PortAddress.Serial("./laser0"));
    }

    @Test
    void parse_badTcpAddress_namesTheInput() {
        assertThatThrownBy(() -> PortAddress.parse("tcp://host")).hasMessageContaining("tcp://host");
        assertThatThrownBy(() -> PortAddress.parse("tcp://host:99999")).hasMessageContaining("99999");
    }

    @Test
    void settings_parseAndWireTime() {
        SerialSettings s = SerialSettings.parse("9600 8N2");
        assertThat(s.bitsPerByte()).isEqualTo(11);
        assertThat(s.wireTimeNanos(17)).isEqualTo(Math.round(17 * 11 * 1e9 / 9600));
        assertThat(SerialSettings.REFERENCE_DEFAULT.toString()).isEqualTo("115200 8N1");
        assertThatThrownBy(() -> SerialSettings.parse("fast")).hasMessageContaining("fast");
    }
}
