package org.pulseguard.audit;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A random journal's plan, played onto a {@link SyntheticJournal}: sessions of three clients on two
 * units and two sites, days apart, with random steps, closes of every kind (or none), counter gaps,
 * a journal failure, and perhaps one client erased at the end.
 *
 * @param plans the sessions in order
 * @param failureAtStart whether the journal starts with a JOURNAL_FAILURE record
 * @param erasedClient index into {@link #PSEUDONYMS} of a client erased at the end, or -1
 * @param connects before the i-th session, its unit connects with this reconciliation outcome ({@code NONE}: no connect)
 */
record JournalScript(List<Plan> plans, boolean failureAtStart, int erasedClient, List<String> connects) {
    static final String[] PSEUDONYMS = {"CL-0001", "CL-0002", "CL-0003"};
    static final String[] UNITS = {"SN-A100", "SN-B200"};
    static final String[] SITES = {"left forearm", "right shoulder"};

    enum Step { APPLY, REFUSE_SETPOINT, REFUSE, RUN_PULSES, RUN_COUNTED, TRIP, EMERGENCY_STOP, NOTICE, NOTICE_EXCEPTION, FAULT, LINK_LOST }

    /** One session. {@code close} is OPERATOR, SHUTDOWN, RECOVERY or NONE (left open). */
    record Plan(int client, int unit, int site, int daysBefore, int minIntervalDays, int missedBefore, List<Step> steps, String close) {
    }

    static Arbitrary<JournalScript> scripts() {
        Arbitrary<Plan> plan = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.of(0, 1, 6, 7, 14, 20, 28), Arbitraries.of(0, 7, 14, 28),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just(0)), net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 9))),
                Arbitraries.of(Step.class).list().ofMaxSize(8),
                Arbitraries.of("OPERATOR", "OPERATOR", "SHUTDOWN", "RECOVERY", "NONE")).as(Plan::new);
        return Combinators.combine(plan.list().ofMaxSize(7), Arbitraries.of(true, false), Arbitraries.integers().between(-1, 2),
                Arbitraries.of("NONE", "NONE", "MATCH", "UNACCOUNTED", "BACKWARDS").list().ofMaxSize(7)).as(JournalScript::new);
    }

    /** Plays the script and seals the journal with a checkpoint. */
    void play(SyntheticJournal j) throws Exception {
        j.journalOpened(failureAtStart ? "UNCLEAN" : "FIRST_START");
        if (failureAtStart) {
            j.journalFailure();
        }
        int step = 0;
        for (Plan p : plans) {
            if (step < connects.size() && !connects.get(step).equals("NONE")) {
                j.connect(UNITS[p.unit()], connects.get(step));
            }
            j.advance(Duration.ofDays(p.daysBefore()).plusHours(step++ % 5));
            SyntheticJournal.Session s = j.open(PSEUDONYMS[p.client()], UNITS[p.unit()], "op-" + p.unit(), SITES[p.site()],
                    "III", p.minIntervalDays(), p.missedBefore());
            int n = 0;
            for (Step st : p.steps()) {
                n++;
                switch (st) {
                    case APPLY -> j.setpointApplied(s, 400_000);
                    case REFUSE_SETPOINT -> j.setpointRefused(s, 900_000);
                    case REFUSE -> j.refused(s, "NOT_READY");
                    case RUN_PULSES -> j.run(s, n * 3 % 11, true, "FOOTSWITCH_RELEASED");
                    case RUN_COUNTED -> j.run(s, 5 + n * 7 % 40, false, "FOOTSWITCH_RELEASED");
                    case TRIP -> j.trip(s, "TRIP", "INTERLOCK_OPENED");
                    case EMERGENCY_STOP -> j.trip(s, "EMERGENCY_STOP", "EMERGENCY_STOP");
                    case NOTICE -> j.notice(s, false);
                    case NOTICE_EXCEPTION -> j.notice(s, true);
                    case FAULT -> j.fault(s);
                    case LINK_LOST -> j.linkLost(s);
                }
            }
            if (!p.close().equals("NONE")) {
                j.close(s, p.close());
            }
        }
        if (erasedClient >= 0 && plans.stream().anyMatch(p -> p.client() == erasedClient)) {
            j.eraseClient(PSEUDONYMS[erasedClient]);
        }
        j.seal();
    }
}
