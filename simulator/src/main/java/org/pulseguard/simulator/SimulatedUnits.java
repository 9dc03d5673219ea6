package org.pulseguard.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.pulseguard.simulator.bigsky.BigSkyConfig;
import org.pulseguard.simulator.bigsky.BigSkySimulator;
import org.pulseguard.simulator.model.ModelConfig;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.quantaray.QuantaRayConfig;
import org.pulseguard.simulator.quantaray.QuantaRaySimulator;
import org.pulseguard.transport.SerialSettings;

/**
 * Makes a simulated unit of a named dialect with its default configuration (what
 * {@code pulseguard sim --dialect reference|bigsky|quantaray} starts):
 *
 * <ul>
 *   <li>{@code reference}: {@link SimulatorConfig#defaults()}, 115200 8N1.</li>
 *   <li>{@code bigsky}: {@link BigSkyConfig#defaults()}, serial 184, 9600 8N1.</li>
 *   <li>{@code quantaray}: {@link QuantaRayConfig#defaults()}, warm-up 20 s, 9600 8N2.</li>
 * </ul>
 *
 * Output is paced at the line speed unless {@link Options#pacing()} is false. Stateless, thread-safe.
 */
public final class SimulatedUnits {
    /** The dialects, in the order the CLI lists them. */
    public static final List<String> DIALECTS = List.of("reference", "bigsky", "quantaray");

    private SimulatedUnits() { }

    /**
     * What the CLI may change from a dialect's defaults. Immutable.
     *
     * @param seed seed of the energy noise and the link faults' choices
     * @param pacing whether output is paced at the line speed
     * @param warmUp the unit's warm-up (reference: key on to STANDBY; Quanta-Ray: ON to simmer;
     *     ignored by the Big Sky, which has none); empty = the dialect's default
     */
    public record Options(long seed, boolean pacing, Optional<Duration> warmUp) {
        public Options {
            Objects.requireNonNull(warmUp, "warmUp");
        }

        /** Seed 1, paced, default warm-up. */
        public static Options defaults() {
            return new Options(ModelConfig.defaults().seed(), true, Optional.empty());
        }

        /** A copy with another seed. */
        public Options withSeed(long value) {
            return new Options(value, pacing, warmUp);
        }

        /** A copy with pacing on or off. */
        public Options withPacing(boolean value) {
            return new Options(seed, value, warmUp);
        }

        /** A copy with another warm-up. */
        public Options withWarmUp(Duration value) {
            return new Options(seed, pacing, Optional.of(value));
        }
    }

    /** A unit of {@code dialect} with its defaults, on the system clock with its own ticker; not started. */
    public static SimulatedUnit create(String dialect) {
        return create(dialect, Options.defaults());
    }

    /** A unit of {@code dialect} with {@code options}, on the system clock with its own ticker; not started. */
    public static SimulatedUnit create(String dialect, Options options) {
        return create(dialect, options, NanoClock.system(), null);
    }

    /**
     * A unit of {@code dialect} on an injected clock and ticker (null = its own ticker thread; for
     * the reference laser, null also means the system clock); not started.
     *
     * @throws IllegalArgumentException for an unknown dialect, naming the known ones
     */
    public static SimulatedUnit create(String dialect, Options options, NanoClock clock,
                                       ScheduledExecutorService ticker) {
        Objects.requireNonNull(options, "options");
        switch (normalise(dialect)) {
            case "reference":
                SimulatorConfig.Builder reference = SimulatorConfig.builder().seed(options.seed())
                        .pacing(options.pacing());
                options.warmUp().ifPresent(reference::warmUp);
                SimulatorConfig config = reference.build();
                return ticker == null ? new ReferenceLaserSimulator(config)
                        : new ReferenceLaserSimulator(config, clock, ticker);
            case "bigsky":
                return new BigSkySimulator(BigSkyConfig.builder().seed(options.seed()).pacing(options.pacing()).build(),
                        clock, ticker);
            default:
                QuantaRayConfig.Builder quantaRay = QuantaRayConfig.builder().seed(options.seed())
                        .pacing(options.pacing());
                options.warmUp().ifPresent(quantaRay::warmUp);
                return new QuantaRaySimulator(quantaRay.build(), clock, ticker);
        }
    }

    /** The line settings a dialect's unit uses at power-up (for a real serial endpoint). */
    public static SerialSettings defaultLineSettings(String dialect) {
        switch (normalise(dialect)) {
            case "reference":
                return SerialSettings.REFERENCE_DEFAULT;
            case "bigsky":
                return BigSkyConfig.defaults().link().lineSettings();
            default:
                return QuantaRayConfig.defaults().link().lineSettings();
        }
    }

    private static String normalise(String dialect) {
        String name = Objects.requireNonNull(dialect, "dialect").trim().toLowerCase(Locale.ROOT);
        if (!DIALECTS.contains(name)) {
            throw new IllegalArgumentException("unknown dialect '" + dialect + "' (" + String.join(", ", DIALECTS) + ")");
        }
        return name;
    }
}
