package org.pulseguard.profile;

import java.time.Duration;
import java.util.Optional;
import org.pulseguard.transport.SerialSettings;

/**
 * The protocol a laser model speaks, with the facts of that protocol a device profile must agree
 * with (docs/references.md#bigsky-drivers and #quantaray-place-driver; docs/protocol/reference-laser.md).
 * Immutable, thread-safe.
 */
public enum Dialect {
    /**
     * The pulseguard reference protocol: 115200 8N1, energy set in microjoules, motorised zoom,
     * heartbeat watchdog in milliseconds (IDENTIFY reports it as u16 ms).
     */
    REFERENCE("reference", SerialSettings.parse("115200 8N1"), null, SpotKind.ZOOM, Duration.ofMillis(1), Duration.ofMillis(65_535)),
    /**
     * Quantel Big Sky / CFR: 9600 8N1, energy set as flashlamp volts (V, 500..1800), rate as F in
     * Hz x 100, fixed handpieces (no spot command); no heartbeat, only mm:ss time-outs.
     */
    BIG_SKY("bigsky", SerialSettings.parse("9600 8N1"), NativeEnergyUnit.FLASHLAMP_VOLTS, SpotKind.HANDPIECES,
            Duration.ofSeconds(1), Duration.ofSeconds(99 * 60 + 59)),
    /**
     * Spectra-Physics Quanta-Ray: 9600 8N2, energy set as oscillator PFN percent (OPFN 0..100),
     * fixed handpieces (no spot command), watchdog WATC in whole seconds 1..110 (0 would disable it).
     */
    QUANTA_RAY("quantaray", SerialSettings.parse("9600 8N2"), NativeEnergyUnit.OPFN_PERCENT, SpotKind.HANDPIECES,
            Duration.ofSeconds(1), Duration.ofSeconds(110));

    /** How a unit of a dialect sets its spot. */
    public enum SpotKind {
        /** A motorised zoom the host sets. */
        ZOOM,
        /** Fixed handpieces (tips) a person changes. */
        HANDPIECES
    }

    private final String fileName;
    private final SerialSettings serial;
    private final NativeEnergyUnit nativeEnergyUnit;
    private final SpotKind spotKind;
    private final Duration watchdogResolution;
    private final Duration longestWatchdog;

    Dialect(String fileName, SerialSettings serial, NativeEnergyUnit nativeEnergyUnit, SpotKind spotKind,
            Duration watchdogResolution, Duration longestWatchdog) {
        this.fileName = fileName;
        this.serial = serial;
        this.nativeEnergyUnit = nativeEnergyUnit;
        this.spotKind = spotKind;
        this.watchdogResolution = watchdogResolution;
        this.longestWatchdog = longestWatchdog;
    }

    /** The name used in profile files: {@code reference}, {@code bigsky}, {@code quantaray}. */
    public String fileName() {
        return fileName;
    }

    /** The serial line settings the protocol documents. */
    public SerialSettings serial() {
        return serial;
    }

    /** The unit energy is set in when not millijoules, or empty when energy is set directly. */
    public Optional<NativeEnergyUnit> nativeEnergyUnit() {
        return Optional.ofNullable(nativeEnergyUnit);
    }

    /** Whether the unit has a motorised zoom or fixed handpieces. */
    public SpotKind spotKind() {
        return spotKind;
    }

    /** The watchdog period must be a whole multiple of this. */
    public Duration watchdogResolution() {
        return watchdogResolution;
    }

    /** The longest watchdog period the protocol can express. */
    public Duration longestWatchdog() {
        return longestWatchdog;
    }

    /** The dialect named {@code name} in a file, or empty. */
    public static Optional<Dialect> fromFileName(String name) {
        for (Dialect d : values()) {
            if (d.fileName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
