package org.pulseguard.protocol.reference;

import java.util.Map;

/**
 * A typed message of the reference laser protocol (docs/protocol/reference-laser.md section 5).
 * Every implementation is an immutable record that range-checks its fields in its constructor
 * (throwing {@link ProtocolException}); the frame's sequence number is not part of the message.
 */
public sealed interface ReferenceMessage permits Request, Reply, Event, Nak {
    /** Longest string field, in characters. */
    int MAX_STRING = 32;

    /** The message type. */
    MessageType type();

    /** Writes the payload fields in wire order. */
    void writePayload(PayloadWriter out);

    /** The fields in wire order with their wire values, as in the golden vectors. */
    Map<String, Object> fields();
}
