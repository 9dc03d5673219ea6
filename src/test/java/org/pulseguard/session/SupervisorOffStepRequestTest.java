package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulseguard.device.Setpoint;
import org.pulseguard.profile.SkinType;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.RepetitionRate;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/**
 * The supervisor refuses a setpoint finer than the unit's step (the reference laser: 0.1 mJ,
 * 0.1 mm, 0.1 Hz) naming the step, and sends nothing: it never rounds a request to the nearest
 * step (issue 7 item 4).
 */
class SupervisorOffStepRequestTest {

    static Stream<Arguments> offStep() {
        return Stream.of(
                Arguments.of("energy", new Setpoint(new PulseEnergy(400_050), new SpotDiameter(4_000), new RepetitionRate(5_000),
                        Wavelength.ND_YAG_1064), "0.1 mJ"),
                Arguments.of("spot", new Setpoint(new PulseEnergy(400_000), new SpotDiameter(4_050), new RepetitionRate(5_000),
                        Wavelength.ND_YAG_1064), "0.1 mm"),
                Arguments.of("rate", new Setpoint(new PulseEnergy(400_000), new SpotDiameter(4_000), new RepetitionRate(4_950),
                        Wavelength.ND_YAG_1064), "0.1 Hz"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offStep")
    void applySetpoint_offTheUnitsStep_isRefusedNamingTheStep_andSendsNothing(String parameter, Setpoint request, String step) {
        // Given an open session on the reference laser
        SupervisorFixture f = new SupervisorFixture();
        f.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));

        // When a value half a step off the unit's grid is asked for
        Outcome o = f.supervisor.applySetpoint(request);

        // Then it is refused with the step, and nothing reaches the unit
        assertThat(o.accepted()).isFalse();
        assertThat(o.reason()).isEqualTo(ReasonCode.GATE_REFUSED);
        assertThat(o.detail()).contains(parameter, "is not on the step of " + step);
        assertThat(f.device.calls).noneMatch(c -> c.startsWith("applySetpoint"));
    }
}
