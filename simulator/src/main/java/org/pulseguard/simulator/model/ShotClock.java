package org.pulseguard.simulator.model;

/**
 * When a unit's lamp (or pulse train) fires: shot k is due at {@code start + k x period}, k = 1,
 * 2, ..., computed from the start so that no rounding accumulates. The rate is in centihertz, the
 * Big Sky's and Quanta-Ray's wire unit. Not thread-safe; owned by one model.
 */
public final class ShotClock {
    private static final long NANOS_PER_SECOND_X100 = 100_000_000_000L;

    private boolean running;
    private long start;
    private long index;
    private long rateCentihertz;
    private long nextAt;

    /** Starts firing at {@code rateCentihertz} (> 0): the first shot is one period after {@code nanos}. */
    public void start(long nanos, long rateCentihertz) {
        if (rateCentihertz <= 0) {
            throw new IllegalArgumentException("rate " + rateCentihertz + " cHz must be positive");
        }
        this.running = true;
        this.start = nanos;
        this.index = 0;
        this.rateCentihertz = rateCentihertz;
        schedule();
    }

    /** Stops firing. */
    public void stop() {
        running = false;
    }

    /** Whether shots are being scheduled. */
    public boolean running() {
        return running;
    }

    /** When the next shot is due, or {@link Long#MAX_VALUE} when stopped. */
    public long nextAt() {
        return running ? nextAt : Long.MAX_VALUE;
    }

    /** Marks the due shot as fired and schedules the one after. */
    public void fired() {
        schedule();
    }

    /** The rate in force, centihertz (0 when stopped). */
    public long rateCentihertz() {
        return running ? rateCentihertz : 0;
    }

    private void schedule() {
        index++;
        long whole = (index / rateCentihertz) * NANOS_PER_SECOND_X100;
        long part = (index % rateCentihertz) * NANOS_PER_SECOND_X100 / rateCentihertz;
        nextAt = start + whole + part;
    }
}
