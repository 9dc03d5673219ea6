package org.pulseguard.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pulseguard.protocol.reference.MessageType;
import org.pulseguard.protocol.reference.Reply;
import org.pulseguard.protocol.reference.Request;
import org.pulseguard.protocol.reference.WireError;

/** Section 7's ranges and steps, and the misapply fault. */
class SetpointRulesTest {
    private final SetpointRules rules = new SetpointRules(SetpointRules.SPEC_MAX_RATE_MILLIHERTZ);

    @ParameterizedTest(name = "energy {0} uJ at {1} nm -> {2}")
    @CsvSource({"10000,1064,", "1200000,1064,", "9900,1064,OUT_OF_RANGE", "1200100,1064,OUT_OF_RANGE",
            "400050,1064,OFF_STEP", "600000,532,", "600100,532,OUT_OF_RANGE", "5,1064,OUT_OF_RANGE"})
    void energy_perWavelength_checksRangeThenStep(long microjoules, int wavelength, WireError expected) {
        assertThat(rules.energy(microjoules, wavelength)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "spot {0} um -> {1}")
    @CsvSource({"1000,", "10000,", "900,OUT_OF_RANGE", "10100,OUT_OF_RANGE", "4050,OFF_STEP"})
    void spot_checksRangeThenStep(int micrometres, WireError expected) {
        assertThat(rules.spot(micrometres)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "rate {0} mHz -> {1}")
    @CsvSource({"500,", "10000,", "400,OUT_OF_RANGE", "10100,OUT_OF_RANGE", "5050,OFF_STEP"})
    void rate_checksRangeThenStep(long millihertz, WireError expected) {
        assertThat(rules.rate(millihertz)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void rate_withBenchmarkOverride_acceptsMore() {
        assertThat(new SetpointRules(1_000_000).rate(500_000)).isEmpty();
    }

    @Test
    void setWavelength_to532WithEnergyAbove600mJ_isRefusedAndEnergyKept() {
        // Given STANDBY with 800 mJ
        ModelDriver driver = new ModelDriver(ModelDriver.config()).standby();
        driver.send(new Request.SetEnergy(800_000));
        // When 532 nm is requested
        Reply reply = driver.send(new Request.SetWavelength(532));
        // Then OUT_OF_RANGE and nothing changed behind the host's back
        assertThat(reply).isEqualTo(new Reply.Refused(MessageType.SET_WAVELENGTH.code(), WireError.OUT_OF_RANGE));
        assertThat(driver.snapshot().setpoint().energyMicrojoules()).isEqualTo(800_000);
        assertThat(driver.snapshot().setpoint().wavelengthNanometres()).isEqualTo(1064);
    }

    @Test
    void set_offStep_isRefusedNeverRounded() {
        ModelDriver driver = new ModelDriver(ModelDriver.config()).standby();
        assertThat(driver.send(new Request.SetSpot(4_050)))
                .isEqualTo(new Reply.Refused(MessageType.SET_SPOT.code(), WireError.OFF_STEP));
        assertThat(driver.snapshot().setpoint()).isEqualTo(WireSetpoint.POWER_UP_DEFAULT);
    }

    @Test
    void misapply_nextSet_appliesOneStepOffOnceAndIsCounted() {
        // Given a misapply armed in STANDBY
        ModelDriver driver = new ModelDriver(ModelDriver.config()).standby();
        driver.model.setMisapplyPending(true);
        // When two SET_ENERGY requests arrive
        Reply first = driver.send(new Request.SetEnergy(400_000));
        Reply second = driver.send(new Request.SetEnergy(400_000));
        // Then the first applied 400.1 mJ (and says so), the second the value requested
        assertThat(first).isEqualTo(new Reply.Energy(true, 400_100));
        assertThat(second).isEqualTo(new Reply.Energy(true, 400_000));
        assertThat(driver.ledger.count(org.pulseguard.simulator.fault.FaultKind.MISAPPLY)).isEqualTo(1);
    }

    @Test
    void misapply_atTheTopOfTheRange_stepsDown() {
        assertThat(rules.misappliedEnergy(1_200_000, 1064)).isEqualTo(1_199_900);
        assertThat(rules.misappliedWavelength(532, 100_000)).hasValue(1064);
        assertThat(rules.misappliedWavelength(1064, 800_000)).isEmpty();
    }
}
