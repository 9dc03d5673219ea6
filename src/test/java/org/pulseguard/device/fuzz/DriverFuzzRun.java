package org.pulseguard.device.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.pulseguard.device.DeviceException;
import org.pulseguard.device.LaserDevice;
import org.pulseguard.device.LaserState;
import org.pulseguard.device.Setpoint;

/**
 * The property of the link fuzz suites (issue 7 item 10), for any driver: each round arms one
 * {@link ReplyFault} (on the next transmission only, or on every transmission of the round) and
 * makes one call whose true value is known; the call must return (bounded time: it returns at all)
 * with the true value or a {@link DeviceException}, never a wrong value nor an untyped exception.
 * When every transmission of a round carried bytes, the error must not be TIMEOUT ("no reply"): a
 * reply that arrived wrong is a protocol error. A link lost on the way is reconnected, unfuzzed,
 * before the next round. Not thread-safe: one test thread runs it.
 */
public final class DriverFuzzRun {
    /** A driver call that may fail with a typed error. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws DeviceException;
    }

    /** Readies the connected driver (handpiece, setpoint) and adds the run's checks. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(DriverFuzzRun run) throws DeviceException;
    }

    private record Check<T>(String name, Call<T> call, Supplier<T> truth) {}

    private final LaserDevice driver;
    private final ReplyFuzzer fuzzer;
    private final String suite;
    private final Random random;
    private final List<Check<?>> checks = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();
    private final Map<ReplyFault, int[]> tally = new EnumMap<>(ReplyFault.class);

    private DriverFuzzRun(LaserDevice driver, ReplyFuzzer fuzzer, String suite) {
        this.driver = driver;
        this.fuzzer = fuzzer;
        this.suite = suite;
        this.random = fuzzer.random();
    }

    /**
     * Connects {@code driver}, prepares it unfuzzed, runs {@code rounds} fuzzed rounds with the
     * setpoint and state read after preparing as truths (plus the prepared checks), closes it.
     *
     * @return every violation of the property; empty when it held
     */
    public static List<String> against(LaserDevice driver, ReplyFuzzer fuzzer, String suite, Preparation preparation,
                                       int rounds) throws DeviceException, InterruptedException {
        try {
            driver.connect();
            DriverFuzzRun run = new DriverFuzzRun(driver, fuzzer, suite);
            preparation.prepare(run);
            Setpoint setpoint = driver.readSetpoint();
            LaserState state = driver.status().state();
            run.check("readSetpoint", driver::readSetpoint, () -> setpoint);
            run.check("status", () -> driver.status().state(), () -> state);
            run.rounds(rounds);
            return run.wrongValues();
        } finally {
            driver.close();
        }
    }

    /** Adds a call and where its true value comes from (read after the call). */
    public <T> void check(String name, Call<T> call, Supplier<T> truth) {
        checks.add(new Check<>(name, call, truth));
    }

    /** Runs {@code count} rounds, then prints a tally per fault (answered true / typed error). */
    public void rounds(int count) throws InterruptedException {
        ReplyFault[] faults = ReplyFault.values();
        for (int round = 0; round < count; round++) {
            ReplyFault fault = faults[random.nextInt(faults.length)];
            boolean everyTransmission = random.nextInt(3) == 0;
            Check<?> check = checks.get(random.nextInt(checks.size()));
            fuzzer.arm(fault, everyTransmission);
            try {
                once(round, check, fault, everyTransmission);
            } finally {
                fuzzer.disarm();
            }
            reconnectIfLost(round);
        }
        StringBuilder line = new StringBuilder("[fuzz] " + suite + " true/typed-error per fault:");
        tally.forEach((fault, counts) -> line.append(' ').append(fault).append('=').append(counts[0]).append('/')
                .append(counts[1]));
        System.out.println(line);
    }

    /** Every wrong value, untyped failure or reply-that-came reported as "no reply"; empty when the property held. */
    public List<String> wrongValues() {
        return List.copyOf(wrong);
    }

    private <T> void once(int round, Check<T> check, ReplyFault fault, boolean every) {
        String where = suite + " round " + round + " " + check.name() + " " + fault + (every ? " (every transmission)" : "");
        int[] counts = tally.computeIfAbsent(fault, f -> new int[2]);
        try {
            T value = check.call().run();
            T truth = check.truth().get();
            if (Objects.equals(value, truth)) {
                counts[0]++;
            } else {
                wrong.add(where + ": read " + value + ", true " + truth);
            }
        } catch (DeviceException e) {
            counts[1]++;
            if (every && !fault.silent() && e.reason() == DeviceException.Reason.TIMEOUT) {
                wrong.add(where + ": bytes came on every transmission but reported as no reply: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            wrong.add(where + ": untyped " + e);
        }
    }

    private void reconnectIfLost(int round) throws InterruptedException {
        for (int attempt = 0; attempt < 5 && !driver.isConnected(); attempt++) {
            Thread.sleep(100);
            try {
                driver.reconnect();
            } catch (DeviceException e) {
                // stale bytes of the last round may still be in flight; try again
            }
        }
        if (!driver.isConnected()) {
            wrong.add(suite + " round " + round + ": could not reconnect without faults");
        }
    }
}
