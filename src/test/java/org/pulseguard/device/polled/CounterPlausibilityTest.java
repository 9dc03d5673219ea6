package org.pulseguard.device.polled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulseguard.quantity.RepetitionRate;

class CounterPlausibilityTest {
    private final CounterPlausibility tenHertz = new CounterPlausibility(new RepetitionRate(10_000));

    @Test
    void mostPulses_isTheRateOverTheElapsedTimeAndTheSlack_plusTheMargin() {
        // 10 Hz x (0.5 s + 1 s slack) = 15, + 2
        assertThat(tenHertz.mostPulses(TimeUnit.MILLISECONDS.toNanos(500))).isEqualTo(17);
        assertThat(tenHertz.problem(100, 117, TimeUnit.MILLISECONDS.toNanos(500))).isEmpty();
        assertThat(tenHertz.problem(100, 118, TimeUnit.MILLISECONDS.toNanos(500))).isPresent();
    }

    @Test
    void aStandingOrRisingCounterWithinTheRate_isPlausible_aFallingOneIsNot() {
        assertThat(tenHertz.problem(100, 100, 0)).isEmpty();
        assertThat(tenHertz.problem(100, 99, TimeUnit.SECONDS.toNanos(10))).hasValueSatisfying(
                problem -> assertThat(problem).contains("went down"));
    }
}
