package org.pulseguard.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.pulseguard.simulator.console.ControlLineInterpreter;
import org.pulseguard.simulator.model.NanoClock;
import org.pulseguard.simulator.threads.SimulatorThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link Scenario} against the simulator through the control lines, each step at its
 * time after the start (wall-clock time of the injected clock). A step whose command fails is
 * reported and the run goes on. Thread-safe; each run is independent.
 */
public final class ScenarioRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

    private final ControlLineInterpreter interpreter;
    private final NanoClock clock;

    /** @param interpreter runs the commands; @param clock times the steps (the system clock in real use) */
    public ScenarioRunner(ControlLineInterpreter interpreter, NanoClock clock) {
        this.interpreter = Objects.requireNonNull(interpreter, "interpreter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One step's response. @param step the step @param response the control line's response */
    public record StepOutcome(ScenarioStep step, String response) {
        /** True unless the response is an error line. */
        public boolean ok() {
            return !response.startsWith("error");
        }
    }

    /** Runs {@code scenario} on this thread; {@code progress} gets each outcome as it happens. */
    public List<StepOutcome> run(Scenario scenario, Consumer<StepOutcome> progress) {
        long start = clock.nanoTime();
        List<StepOutcome> outcomes = new ArrayList<>();
        for (ScenarioStep step : scenario.steps()) {
            if (!sleepUntil(start + TimeUnit.MILLISECONDS.toNanos(step.atMillis()))) {
                LOG.info("scenario {} interrupted after {} steps", scenario.name(), outcomes.size());
                break;
            }
            StepOutcome outcome = new StepOutcome(step, interpreter.execute(step.command()));
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return List.copyOf(outcomes);
    }

    /** Runs {@code scenario} on a daemon thread ({@code pulseguard-sim-scenario}); cancel it by interrupting. */
    public CompletableFuture<List<StepOutcome>> start(Scenario scenario, Consumer<StepOutcome> progress) {
        CompletableFuture<List<StepOutcome>> result = new CompletableFuture<>();
        Thread thread = SimulatorThreads.newThread(() -> {
            try {
                result.complete(run(scenario, progress));
            } catch (RuntimeException e) {
                LOG.error("scenario {} failed", scenario.name(), e);
                result.completeExceptionally(e);
            } catch (Error e) {
                result.completeExceptionally(e);
                throw e;
            }
        }, "pulseguard-sim-scenario");
        thread.start();
        return result;
    }

    private boolean sleepUntil(long deadline) {
        for (long left = deadline - clock.nanoTime(); left > 0; left = deadline - clock.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, 50_000_000L));
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return true;
    }
}
