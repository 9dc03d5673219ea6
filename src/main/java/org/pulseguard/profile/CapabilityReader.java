package org.pulseguard.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.device.EnergyRange;
import org.pulseguard.device.SpotRange;
import org.pulseguard.quantity.PulseEnergy;
import org.pulseguard.quantity.SpotDiameter;
import org.pulseguard.quantity.Wavelength;

/** Reads the capability blocks of a device profile file: wavelengths, calibration curves, spots. Stateless. */
final class CapabilityReader {
    private CapabilityReader() {}

    /**
     * One entry of {@code wavelengths}: {@code {nanometres, energy, energyCalibration?, source}}; a
     * calibration in another unit than {@code dialect}'s is logged here, before its points are judged.
     */
    static Optional<WavelengthCapability> wavelength(ObjectFields w, Optional<Dialect> dialect) {
        Optional<Wavelength> wavelength = w.integer("nanometres").flatMap(nm -> w.build("nanometres", () -> new Wavelength(nm)));
        Optional<EnergyRange> energy = w.object("energy").flatMap(e -> {
            Optional<Steps> steps = Steps.read(e, Steps.MILLIJOULES);
            e.finish();
            return steps.map(s -> new EnergyRange(new PulseEnergy(s.minimum()), new PulseEnergy(s.maximum()),
                    new PulseEnergy(s.step())));
        });
        Optional<Optional<EnergyCalibration>> calibration = w.has("energyCalibration")
                ? w.object("energyCalibration").flatMap(c -> curve(c, dialect)).map(Optional::of)
                : Optional.of(Optional.empty());
        w.source();
        w.finish();
        if (wavelength.isEmpty() || energy.isEmpty() || calibration.isEmpty()) {
            return Optional.empty();
        }
        return w.build("energy", () -> new WavelengthCapability(wavelength.get(), energy.get(), calibration.get()));
    }

    /** {@code {nativeUnit, points: [{native, millijoules}...], source}}. */
    private static Optional<EnergyCalibration> curve(ObjectFields c, Optional<Dialect> dialect) {
        Optional<NativeEnergyUnit> unit = c.text("nativeUnit").flatMap(name -> nativeUnit(c, name, dialect));
        Optional<List<ObjectFields>> items = c.objects("points");
        List<CalibrationPoint> points = new ArrayList<>();
        boolean complete = items.isPresent();
        for (ObjectFields p : items.orElse(List.of())) {
            Optional<Double> setting = p.number("native").map(java.math.BigDecimal::doubleValue);
            Optional<Long> uj = Steps.exact(p, "millijoules", Steps.MILLIJOULES, true);
            p.finish();
            if (setting.isPresent() && uj.isPresent()) {
                points.add(new CalibrationPoint(setting.get(), new PulseEnergy(uj.get())));
            } else {
                complete = false;
            }
        }
        c.source();
        c.finish();
        if (unit.isEmpty() || !complete || points.size() != items.get().size()) {
            return Optional.empty();
        }
        if (!pointsIncrease(c, unit.get(), points)) {
            return Optional.empty();
        }
        return c.build("points", () -> new EnergyCalibration(unit.get(), points));
    }

    private static Optional<NativeEnergyUnit> nativeUnit(ObjectFields c, String name, Optional<Dialect> dialect) {
        for (NativeEnergyUnit u : NativeEnergyUnit.values()) {
            if (u.fileName().equals(name)) {
                Optional<NativeEnergyUnit> expected = dialect.flatMap(Dialect::nativeEnergyUnit);
                if (expected.isPresent() && expected.get() != u) {
                    c.issue("nativeUnit", name + " is not the " + dialect.get().fileName() + " unit " + expected.get().fileName());
                    return Optional.empty();
                }
                return Optional.of(u);
            }
        }
        c.issue("nativeUnit", "'" + name + "' is not flashlampVolts or opfnPercent");
        return Optional.empty();
    }

    private static boolean pointsIncrease(ObjectFields c, NativeEnergyUnit unit, List<CalibrationPoint> points) {
        boolean ok = true;
        if (points.size() < 2) {
            c.issue("points", "a calibration curve needs at least two points, not " + points.size());
            ok = false;
        }
        for (int i = 0; i < points.size(); i++) {
            CalibrationPoint p = points.get(i);
            String at = "points[" + i + "]";
            if (!unit.accepts(p.nativeValue())) {
                c.issue(at + ".native", p.nativeValue() + " " + unit.symbol() + " is outside the protocol's "
                        + unit.lowest() + ".." + unit.highest() + " " + unit.symbol());
                ok = false;
            }
            if (i > 0 && p.nativeValue() <= points.get(i - 1).nativeValue()) {
                c.issue(at + ".native", "does not increase (the curve must be monotonic)");
                ok = false;
            }
            if (i > 0 && p.energy().compareTo(points.get(i - 1).energy()) <= 0) {
                c.issue(at + ".millijoules", "does not increase (the curve must be monotonic)");
                ok = false;
            }
        }
        return ok;
    }

    /** {@code spot}: {@code {zoom: {minMillimetres, maxMillimetres, stepMillimetres}, source}} or {@code {handpieces: [...], source}}. */
    static Optional<SpotOptions> spot(ObjectFields s) {
        boolean zoom = s.has("zoom");
        boolean handpieces = s.has("handpieces");
        Optional<SpotOptions> options = Optional.empty();
        if (zoom && handpieces) {
            s.issue("zoom", "give either zoom or handpieces, not both");
        } else if (zoom) {
            options = s.object("zoom").flatMap(z -> {
                Optional<Steps> steps = Steps.read(z, Steps.MILLIMETRES);
                z.finish();
                return steps.map(st -> new ZoomSpots(new SpotRange(new SpotDiameter(st.minimum()),
                        new SpotDiameter(st.maximum()), new SpotDiameter(st.step()))));
            });
        } else if (handpieces) {
            options = handpieces(s);
        } else {
            s.issue("handpieces", "missing: a spot is either a zoom or a list of handpieces");
        }
        s.source();
        s.finish();
        return options;
    }

    private static Optional<SpotOptions> handpieces(ObjectFields s) {
        Optional<List<ObjectFields>> listed = s.objects("handpieces");
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<ObjectFields> items = listed.get();
        List<Handpiece> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Long> diameters = new HashSet<>();
        boolean repeats = false;
        for (ObjectFields h : items) {
            Optional<String> id = h.text("id");
            Optional<Long> um = Steps.exact(h, "diameterMillimetres", Steps.MILLIMETRES, false);
            h.finish();
            if (id.isPresent() && !ids.add(id.get())) {
                h.issue("id", "'" + id.get() + "' is listed twice");
                repeats = true;
            }
            if (um.isPresent() && !diameters.add(um.get())) {
                h.issue("diameterMillimetres", "repeats another handpiece's diameter");
                repeats = true;
            }
            if (id.isPresent() && um.isPresent()) {
                out.add(new Handpiece(id.get(), new SpotDiameter(um.get())));
            }
        }
        if (items.isEmpty()) {
            s.issue("handpieces", "a unit with fixed handpieces needs at least one");
        }
        if (repeats || out.size() != items.size() || out.isEmpty()) {
            return Optional.empty();
        }
        return s.build("handpieces", () -> new HandpieceSpots(out));
    }
}
