package org.pulseguard.simulator.model;

import java.util.Arrays;

/**
 * A unit's own, internal relation between its native energy setting (flashlamp volts, PFN percent)
 * and the pulse energy it produces in millijoules: straight lines between points, flat beyond the
 * first and last point. The host never sees it; it calibrates against it. Immutable, thread-safe.
 */
public final class EnergyCurve {
    private final double[] natives;
    private final double[] millijoules;

    private EnergyCurve(double[] natives, double[] millijoules) {
        this.natives = natives;
        this.millijoules = millijoules;
    }

    /**
     * A curve through {@code points}, each {@code {native, millijoules}}, native values strictly
     * increasing, energies non-decreasing and not negative (at least two points).
     */
    public static EnergyCurve of(double[]... points) {
        if (points.length < 2) {
            throw new IllegalArgumentException("an energy curve needs at least two points");
        }
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != 2) {
                throw new IllegalArgumentException("point " + i + " is not {native, millijoules}");
            }
            x[i] = points[i][0];
            y[i] = points[i][1];
            if (y[i] < 0 || i > 0 && (x[i] <= x[i - 1] || y[i] < y[i - 1])) {
                throw new IllegalArgumentException("point " + i + " " + Arrays.toString(points[i])
                        + " breaks the order (native increasing, energy non-decreasing, >= 0)");
            }
        }
        return new EnergyCurve(x, y);
    }

    /** The pulse energy in millijoules at native setting {@code value}. */
    public double millijoules(double value) {
        if (value <= natives[0]) {
            return millijoules[0];
        }
        for (int i = 1; i < natives.length; i++) {
            if (value <= natives[i]) {
                double t = (value - natives[i - 1]) / (natives[i] - natives[i - 1]);
                return millijoules[i - 1] + t * (millijoules[i] - millijoules[i - 1]);
            }
        }
        return millijoules[millijoules.length - 1];
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("EnergyCurve[");
        for (int i = 0; i < natives.length; i++) {
            out.append(i == 0 ? "" : ", ").append(natives[i]).append(" -> ").append(millijoules[i]).append(" mJ");
        }
        return out.append(']').toString();
    }
}
