package org.pulseguard.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void fluence_of1000mJOn4mm_is7point96() {
        Fluence f = Fluence.of(PulseEnergy.ofMillijoules(1000), SpotDiameter.ofMillimetres(4));
        assertThat(f.joulesPerSquareCentimetre()).isCloseTo(7.9577, within(1e-4));
        assertThat(f.toString()).isEqualTo("7.96 J/cm2");
    }

    @Test
    void fluence_energyOn_invertsTheArithmetic() {
        SpotDiameter spot = SpotDiameter.ofMillimetres(3);
        PulseEnergy e = Fluence.ofJoulesPerSquareCentimetre(12).energyOn(spot);
        assertThat(Fluence.of(e, spot).joulesPerSquareCentimetre()).isLessThanOrEqualTo(12.0).isCloseTo(12.0, within(1e-3));
    }

    @Test
    void parse_acceptsTheUnitsATechnicianTypes() {
        assertThat(PulseEnergy.parse("400mJ")).isEqualTo(new PulseEnergy(400_000));
        assertThat(PulseEnergy.parse("0.4 J")).isEqualTo(new PulseEnergy(400_000));
        assertThat(SpotDiameter.parse("4mm")).isEqualTo(new SpotDiameter(4000));
        assertThat(SpotDiameter.parse("4.5 mm")).isEqualTo(new SpotDiameter(4500));
        assertThat(RepetitionRate.parse("5Hz")).isEqualTo(new RepetitionRate(5000));
        assertThat(RepetitionRate.parse("2.5 Hz").hertz()).isEqualTo(2.5);
        assertThat(Wavelength.parse("1064nm")).isEqualTo(Wavelength.ND_YAG_1064);
    }

    @Test
    void parse_wrongUnit_namesTheQuantity() {
        assertThatThrownBy(() -> PulseEnergy.parse("400mm")).hasMessageContaining("pulse energy").hasMessageContaining("mJ");
        assertThatThrownBy(() -> SpotDiameter.parse("four mm")).hasMessageContaining("spot diameter");
        assertThatThrownBy(() -> RepetitionRate.parse("5")).hasMessageContaining("repetition rate");
    }

    @Test
    void constructors_refuseImpossibleValues() {
        assertThatThrownBy(() -> new PulseEnergy(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new SpotDiameter(0)).hasMessageContaining("not positive");
        assertThatThrownBy(() -> new RepetitionRate(0)).hasMessageContaining("not positive");
        assertThatThrownBy(() -> new Wavelength(5)).hasMessageContaining("outside");
        assertThatThrownBy(() -> PulseEnergy.ofMillijoules(Double.NaN)).hasMessageContaining("not a number");
    }

    @Test
    void toString_carriesTheUnit() {
        assertThat(PulseEnergy.ofMillijoules(400).toString()).isEqualTo("400 mJ");
        assertThat(SpotDiameter.ofMillimetres(4.5).toString()).isEqualTo("4.5 mm");
        assertThat(RepetitionRate.ofHertz(5).toString()).isEqualTo("5 Hz");
        assertThat(RepetitionRate.ofHertz(5).periodNanos()).isEqualTo(200_000_000L);
    }

    @Test
    void parse_finerThanTheResolution_isRefusedNamingIt_neverRounded() {
        // 5.0004 Hz would have been 5 Hz, 0.00001 mJ would have been 0 mJ
        assertThatThrownBy(() -> RepetitionRate.parse("5.0004Hz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'5.0004Hz'").hasMessageContaining("0.001 Hz");
        assertThatThrownBy(() -> PulseEnergy.parse("0.00001mJ")).hasMessageContaining("'0.00001mJ'")
                .hasMessageContaining("0.001 mJ");
        assertThatThrownBy(() -> PulseEnergy.parse("0.4000005 J")).hasMessageContaining("0.001 mJ");
        assertThatThrownBy(() -> PulseEnergy.parse("1.5uJ")).hasMessageContaining("0.001 mJ");
        assertThatThrownBy(() -> SpotDiameter.parse("4.0001mm")).hasMessageContaining("'4.0001mm'").hasMessageContaining("0.001 mm");
        assertThatThrownBy(() -> RepetitionRate.parse("0.5mHz")).hasMessageContaining("0.001 Hz");
    }

    @Test
    void parse_exactValuesWithTrailingZeros_areAccepted() {
        assertThat(RepetitionRate.parse("5.0000Hz")).isEqualTo(new RepetitionRate(5000));
        assertThat(PulseEnergy.parse("400.0010000 mJ")).isEqualTo(new PulseEnergy(400_001));
        assertThat(SpotDiameter.parse("4500.000um")).isEqualTo(new SpotDiameter(4500));
    }
}
