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
public record WireSetpoint(long energyMicrojoules, int spotMicrometres, long rateMillihertz, int wavelengthNanometres) {

    /** The power-up setpoint: 100 mJ, 3.0 mm, 1.0 Hz, 1064 nm (low, so nothing strong is armed by default). */
    public static final WireSetpoint POWER_UP_DEFAULT = new WireSetpoint(100_000, 3_000, 1_000, 1064);

    /** A copy with another energy. */
    public WireSetpoint withEnergy(long microjoules) {
        return new WireSetpoint(microjoules, spotMicrometres, rateMillihertz, wavelengthNanometres);
    }

    /** A copy with another spot diameter. */
    public WireSetpoint withSpot(int micrometres) {
        return new WireSetpoint(energyMicrojoules, micrometres, rateMillihertz, wavelengthNanometres);
    }

    /** A copy with another repetition rate. */
    public WireSetpoint withRate(long millihertz) {
        return new WireSetpoint(energyMicrojoules, spotMicrometres, millihertz, wavelengthNanometres);
    }

    /** A copy with another wavelength. */
    public WireSetpoint withWavelength(int nanometres) {
        return new WireSetpoint(energyMicrojoules, spotMicrometres, rateMillihertz, nanometres);
    }
}
