package org.pulseguard.service;

import org.pulseguard.device.DeviceEvent;
import org.pulseguard.session.EventFacts;
import org.pulseguard.session.SupervisorEvent;

/**
 * What the chair page is told of one supervisor event, as a server-sent event's JSON data: the
 * kind, reason and states, the sentence for people, the session's pulse count, and for a measured
 * pulse its energy. Nothing personal: the session's opening carries the client only in its facts,
 * which are never sent. Immutable.
 */
record LiveEvent(String unit, String at, String kind, String reason, String from, String to, String detail, Long sessionPulses,
                 Long pulseEnergyMicrojoules, Long lifetimePulse) {

    static LiveEvent of(String unit, SupervisorEvent e) {
        Long energy = null;
        Long lifetime = null;
        if (e.facts() instanceof EventFacts.Reported reported && reported.report() instanceof DeviceEvent.PulseEmitted p) {
            energy = p.measured().microjoules();
            lifetime = p.lifetimePulse();
        } else if (e.facts() instanceof EventFacts.Reported reported && reported.report() instanceof DeviceEvent.PulsesCounted c) {
            lifetime = c.lastLifetimePulse();
        }
        return new LiveEvent(unit, e.at().toString(), e.kind().name(), e.reason().name(), e.from().name(), e.to().name(), e.detail(),
                e.tally() == null ? null : e.tally().totalPulses(), energy, lifetime);
    }
}
