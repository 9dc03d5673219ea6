package org.pulseguard.safety;

import java.util.List;
import org.pulseguard.device.Setpoint;
import org.pulseguard.quantity.Fluence;

/**
 * What the {@link SafetyGate} decided about a setpoint: {@link Allowed} or {@link Refused} with every
 * reason. Both carry the computed fluence for display. Implementations are immutable and thread-safe.
 */
public sealed interface GateDecision permits GateDecision.Allowed, GateDecision.Refused {

    /** The setpoint decided on. */
    Setpoint setpoint();

    /** Its fluence on the skin: energy / (pi d^2 / 4). */
    Fluence fluence();

    /** True for {@link Allowed}. */
    boolean isAllowed();

    /** Every reason for a refusal; empty when allowed. */
    List<Refusal> refusals();

    /**
     * The setpoint is within the unit's capabilities and the safe profile's limits.
     *
     * @param setpoint the setpoint
     * @param fluence its fluence
     */
    record Allowed(Setpoint setpoint, Fluence fluence) implements GateDecision {
        @Override
        public boolean isAllowed() {
            return true;
        }

        @Override
        public List<Refusal> refusals() {
            return List.of();
        }
    }

    /**
     * The setpoint breaks at least one limit.
     *
     * @param setpoint the setpoint
     * @param fluence its fluence
     * @param refusals every limit it breaks, at least one
     */
    record Refused(Setpoint setpoint, Fluence fluence, List<Refusal> refusals) implements GateDecision {
        public Refused {
            refusals = List.copyOf(refusals);
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal gives at least one reason");
            }
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }
}
