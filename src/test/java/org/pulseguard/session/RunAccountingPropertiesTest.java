package org.pulseguard.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pulseguard.profile.SkinType;

/**
 * Every pulse belongs to exactly one run, whatever the order of counter polls, pulses, footswitch,
 * trips, emergency stops (the supervisor's and the unit's own), standby requests and link losses,
 * for all three dialects' event shapes: the runs add up to the session's total, which is the unit's
 * counter delta.
 */
class RunAccountingPropertiesTest {
    private static final ch.qos.logback.classic.Logger SESSION_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.pulseguard.session");

    /** Thousands of scripted trips would bury the build output: the supervisor's log is quiet here. */
    @net.jqwik.api.lifecycle.BeforeContainer
    static void quietSupervisorLog() {
        SESSION_LOG.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @net.jqwik.api.lifecycle.AfterContainer
    static void restoreSupervisorLog() {
        SESSION_LOG.setLevel(null);
    }

    enum Step { PRESS, RELEASE, FIRE, POLL, WAIT, EMERGENCY_STOP, UNIT_EMERGENCY_STOP, INTERLOCK, STANDBY, REARM, LINK_LOST }

    record Action(Step step, int amount) { }

    @Provide
    Arbitrary<List<Action>> scripts() {
        Arbitrary<Action> action = Combinators.combine(
                Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(4, Step.PRESS), net.jqwik.api.Tuple.of(3, Step.RELEASE),
                        net.jqwik.api.Tuple.of(8, Step.FIRE), net.jqwik.api.Tuple.of(6, Step.POLL),
                        net.jqwik.api.Tuple.of(6, Step.WAIT), net.jqwik.api.Tuple.of(1, Step.EMERGENCY_STOP),
                        net.jqwik.api.Tuple.of(1, Step.UNIT_EMERGENCY_STOP), net.jqwik.api.Tuple.of(1, Step.INTERLOCK),
                        net.jqwik.api.Tuple.of(1, Step.STANDBY), net.jqwik.api.Tuple.of(3, Step.REARM),
                        net.jqwik.api.Tuple.of(1, Step.LINK_LOST)),
                Arbitraries.integers().between(1, 40)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 400)
    void runsAddUpToTheSessionTotalAndTheCounterDelta(@ForAll ScriptedUnit.Shape shape, @ForAll("scripts") List<Action> script,
                                                       @ForAll long seed) {
        SupervisorFixture fixture = new SupervisorFixture().in(SessionState.READY);
        ScriptedUnit unit = new ScriptedUnit(shape, fixture, seed);
        for (Action action : script) {
            play(fixture, unit, action);
        }
        unit.poll(); // the last counter delta reaches the supervisor
        SessionTally before = fixture.supervisor.sessionTally();
        fixture.supervisor.closeSession();

        SessionTally tally = fixture.supervisor.sessionTally();
        assertThat(tally.totalPulses()).as("session total vs the unit's counter delta").isEqualTo(unit.fired());
        assertThat(fixture.supervisor.sessionPulses()).isEqualTo(unit.fired());
        assertThat(tally.runs().stream().mapToLong(TreatmentRun::totalPulses).sum()).isEqualTo(unit.fired());
        assertThat(tally.totalPulses()).isEqualTo(before.totalPulses());
        assertThat(tally.runs()).allMatch(TreatmentRun::ended);
        for (int i = 0; i < tally.runs().size(); i++) {
            assertThat(tally.runs().get(i).number()).isEqualTo(i + 1);
        }
        assertOnRecord(fixture.events, tally);
    }

    /** What the journal will keep: the latest record of each run adds up to the total; every pulse event grew one run by its count. */
    private static void assertOnRecord(List<SupervisorEvent> events, SessionTally tally) {
        Map<Integer, TreatmentRun> latest = new TreeMap<>();
        for (SupervisorEvent event : events) {
            if (event.run() != null) {
                TreatmentRun before = latest.get(event.run().number());
                long grew = event.run().totalPulses() - (before == null ? 0 : before.totalPulses());
                assertThat(grew).as("run %d shrank at %s", event.run().number(), event).isNotNegative();
                latest.put(event.run().number(), event.run());
            }
        }
        assertThat(List.copyOf(latest.values())).isEqualTo(tally.runs());
        SupervisorEvent closed = events.stream().filter(e -> e.reason() == ReasonCode.SESSION_CLOSED).reduce((a, b) -> b).orElseThrow();
        assertThat(closed.tally()).isEqualTo(tally);
    }

    private static void play(SupervisorFixture fixture, ScriptedUnit unit, Action action) {
        switch (action.step()) {
            case PRESS -> unit.pressFootswitch();
            case RELEASE -> unit.releaseFootswitch();
            case FIRE -> unit.fire(action.amount());
            case POLL -> unit.poll();
            case WAIT -> unit.wait(action.amount() * 20);
            case EMERGENCY_STOP -> fixture.supervisor.emergencyStop();
            case UNIT_EMERGENCY_STOP -> unit.unitEmergencyStop();
            case INTERLOCK -> unit.interlockBlip();
            case STANDBY -> fixture.supervisor.standby();
            case LINK_LOST -> unit.linkLost();
            case REARM -> {
                fixture.supervisor.reset();
                fixture.supervisor.applySetpoint(SupervisorFixture.SAFE);
                fixture.supervisor.arm();
                unit.wait(1000);
            }
        }
    }

    @Property(tries = 50)
    void aSessionOpenedAfresh_startsItsOwnAccounting(@ForAll ScriptedUnit.Shape shape) {
        SupervisorFixture fixture = new SupervisorFixture().in(SessionState.READY);
        ScriptedUnit unit = new ScriptedUnit(shape, fixture, 1);
        unit.pressFootswitch();
        unit.fire(5);
        unit.poll();
        fixture.supervisor.closeSession();
        unit.wait(1000);
        fixture.supervisor.openSession(SupervisorFixture.request(SkinType.II, SupervisorFixture.complete()));
        assertThat(fixture.supervisor.sessionTally()).isEqualTo(SessionTally.empty());
    }
}
