/**
 * What the drivers of polled units share: units that answer one request at a time, in order, with
 * no sequence numbers, no events and no heartbeat (Quantel Big Sky / CFR, Spectra-Physics
 * Quanta-Ray). {@link org.pulseguard.device.polled.ExchangeLink} carries one exchange at a time
 * with timeout, bounded retry and an emergency interjection; {@link org.pulseguard.device.polled.Poller}
 * polls the unit (the keep-alive and the loss detector); {@link org.pulseguard.device.polled.UnitTracker}
 * and {@link org.pulseguard.device.polled.PulseCounter} turn polled readings into the device events
 * such units cannot send themselves. For drivers in the device layer only.
 */
package org.pulseguard.device.polled;
