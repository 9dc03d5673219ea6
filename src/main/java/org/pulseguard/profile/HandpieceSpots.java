package org.pulseguard.profile;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pulseguard.quantity.SpotDiameter;

/**
 * A set of fixed handpieces, one spot diameter each. Immutable, thread-safe.
 *
 * @param handpieces at least one; ids and diameters unique; kept sorted by diameter
 */
public record HandpieceSpots(List<Handpiece> handpieces) implements SpotOptions {
    public HandpieceSpots {
        handpieces = handpieces.stream().sorted(Comparator.comparing(Handpiece::diameter)).toList();
        if (handpieces.isEmpty()) {
            throw new IllegalArgumentException("a unit with fixed handpieces needs at least one");
        }
        Set<String> ids = new HashSet<>();
        Set<SpotDiameter> diameters = new HashSet<>();
        for (Handpiece h : handpieces) {
            if (!ids.add(h.id()) || !diameters.add(h.diameter())) {
                throw new IllegalArgumentException("handpiece " + h.id() + " (" + h.diameter() + ") repeats an id or a diameter");
            }
        }
    }

    /** The handpiece that makes {@code spot}, or empty. */
    public Optional<Handpiece> handpieceFor(SpotDiameter spot) {
        return handpieces.stream().filter(h -> h.diameter().equals(spot)).findFirst();
    }

    @Override
    public boolean canMake(SpotDiameter spot) {
        return handpieceFor(spot).isPresent();
    }

    @Override
    public SpotDiameter smallest() {
        return handpieces.get(0).diameter();
    }

    @Override
    public SpotDiameter largest() {
        return handpieces.get(handpieces.size() - 1).diameter();
    }

    @Override
    public Optional<SpotOptions> within(SpotDiameter lowest, SpotDiameter highest) {
        List<Handpiece> inside = handpieces.stream()
                .filter(h -> h.diameter().compareTo(lowest) >= 0 && h.diameter().compareTo(highest) <= 0)
                .toList();
        return inside.isEmpty() ? Optional.empty() : Optional.of(new HandpieceSpots(inside));
    }

    @Override
    public String describe() {
        return "handpieces " + handpieces.stream().map(h -> h.diameter().toString().replace(" mm", ""))
                .collect(Collectors.joining(", ")) + " mm";
    }
}
