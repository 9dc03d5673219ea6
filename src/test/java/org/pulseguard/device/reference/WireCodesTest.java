package org.pulseguard.device.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pulseguard.device.Interlock;
import org.pulseguard.protocol.reference.WireCause;
import org.pulseguard.protocol.reference.WireError;
import org.pulseguard.protocol.reference.WireFault;
import org.pulseguard.protocol.reference.WireInterlock;
import org.pulseguard.protocol.reference.WireState;

class WireCodesTest {

    @ParameterizedTest
    @EnumSource(WireState.class)
    void state_everyWireState_mapsToTheSameNamedState(WireState wire) {
        assertThat(WireCodes.state(wire).name()).isEqualTo(wire.name());
    }

    @ParameterizedTest
    @EnumSource(WireFault.class)
    void fault_everyWireFault_mapsToTheSameNamedFault(WireFault wire) {
        assertThat(WireCodes.fault(wire).name()).isEqualTo(wire.name());
    }

    @ParameterizedTest
    @EnumSource(WireCause.class)
    void cause_everyWireCause_mapsToTheSameNamedCause(WireCause wire) {
        assertThat(WireCodes.cause(wire).name()).isEqualTo(wire.name());
    }

    @ParameterizedTest
    @EnumSource(WireError.class)
    void refusal_everyWireError_mapsToTheSameNamedReason(WireError wire) {
        assertThat(WireCodes.refusal(wire).name()).isEqualTo(wire.name());
    }

    @ParameterizedTest
    @EnumSource(WireInterlock.class)
    void interlocks_singleBit_mapsToThatInterlockOnly(WireInterlock wire) {
        assertThat(WireCodes.interlocks(wire.mask())).containsExactly(Interlock.valueOf(wire.name()));
    }
}
