package org.pulseguard.profile;

import java.util.Objects;
import java.util.Optional;
import org.pulseguard.device.SpotRange;
import org.pulseguard.quantity.SpotDiameter;

/**
 * A motorised zoom: every diameter {@code minimum, minimum + step, ... maximum}. Immutable,
 * thread-safe.
 *
 * @param range the zoom's range and step (the step divides the range)
 */
public record ZoomSpots(SpotRange range) implements SpotOptions {
    public ZoomSpots {
        Objects.requireNonNull(range, "range");
        long span = range.maximum().micrometres() - range.minimum().micrometres();
        if (span % range.step().micrometres() != 0) {
            throw new IllegalArgumentException("zoom step " + range.step() + " does not divide " + range.minimum() + ".."
                    + range.maximum());
        }
    }

    @Override
    public boolean canMake(SpotDiameter spot) {
        return range.problemWith(spot).isEmpty();
    }

    @Override
    public SpotDiameter smallest() {
        return range.minimum();
    }

    @Override
    public SpotDiameter largest() {
        return range.maximum();
    }

    @Override
    public Optional<SpotOptions> within(SpotDiameter lowest, SpotDiameter highest) {
        long min = range.minimum().micrometres();
        long step = range.step().micrometres();
        long from = Math.max(min, lowest.micrometres());
        long to = Math.min(range.maximum().micrometres(), highest.micrometres());
        long first = min + Math.floorDiv(from - min + step - 1, step) * step;
        long last = min + Math.floorDiv(to - min, step) * step;
        if (first > last) {
            return Optional.empty();
        }
        return Optional.of(new ZoomSpots(new SpotRange(new SpotDiameter(first), new SpotDiameter(last), range.step())));
    }

    @Override
    public String describe() {
        if (range.minimum().equals(range.maximum())) {
            return "zoom " + range.minimum();
        }
        return "zoom " + strip(range.minimum()) + ".." + range.maximum() + " in " + range.step() + " steps";
    }

    private static String strip(SpotDiameter spot) {
        String text = spot.toString();
        return text.substring(0, text.length() - " mm".length());
    }
}
