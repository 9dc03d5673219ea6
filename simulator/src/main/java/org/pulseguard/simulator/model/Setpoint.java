package org.pulseguard.simulator.model;

/**
 * The treatment parameters in force on the simulated unit, in wire units. Immutable; the values
 * are checked against the unit's ranges by {@link SetpointRules}, not here.
 *
 * @param energyMicrojoules pulse energy in microjoules
 * @param spotMicrometres spot diameter in micrometres
 * @param rateMillihertz repetition rate in millihertz
 * @param wavelengthNanometres 1064 or 532
 */
public record Setpoint(long energyMicrojoules, int spotMicrometres, long rateMillihertz, int wavelengthNanometres) {

    /** The power-up setpoint: 100 mJ, 3.0 mm, 1.0 Hz, 1064 nm (low, so nothing strong is armed by default). */
    public static final Setpoint POWER_UP_DEFAULT = new Setpoint(100_000, 3_000, 1_000, 1064);

    /** A copy with another energy. */
    public Setpoint withEnergy(long microjoules) {
        return new Setpoint(microjoules, spotMicrometres, rateMillihertz, wavelengthNanometres);
    }

    /** A copy with another spot diameter. */
    public Setpoint withSpot(int micrometres) {
        return new Setpoint(energyMicrojoules, micrometres, rateMillihertz, wavelengthNanometres);
    }

    /** A copy with another repetition rate. */
    public Setpoint withRate(long millihertz) {
        return new Setpoint(energyMicrojoules, spotMicrometres, millihertz, wavelengthNanometres);
    }

    /** A copy with another wavelength. */
    public Setpoint withWavelength(int nanometres) {
        return new Setpoint(energyMicrojoules, spotMicrometres, rateMillihertz, nanometres);
    }
}
