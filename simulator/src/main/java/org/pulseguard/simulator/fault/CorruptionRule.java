package org.pulseguard.simulator.fault;

/**
 * How a corrupted reply is damaged, per dialect family. Either way the host can always tell: a
 * corruption that a host cannot detect would be a wrong value accepted, which no test wants to
 * inject by accident.
 */
public enum CorruptionRule {
    /**
     * Binary frames with a CRC (the reference laser): one seeded bit of one byte after SYNC and LEN
     * is flipped, so the CRC check fails (a flipped LEN would stall the peer's decoder instead).
     */
    FRAME_AFTER_HEADER,
    /**
     * ASCII replies with no checksum (Big Sky, Quanta-Ray): the top bit of one seeded printable byte
     * (never a CR or LF) is set, so the byte is no longer printable ASCII and both host codecs
     * report the reply garbled. Flipping a low bit could turn a digit into another digit, which no
     * host could detect.
     */
    TEXT_HIGH_BIT
}
