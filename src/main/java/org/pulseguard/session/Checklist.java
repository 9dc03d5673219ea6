package org.pulseguard.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-treatment checklist the technician confirms before a session opens (ANSI Z136.3 controlled
 * area; safety-and-audit-requirements.md D13/C4). Immutable.
 *
 * @param eyewearForEveryonePresent protective eyewear of the right optical density for everyone in the room
 * @param doorSignPosted the laser warning sign is on the door
 * @param interlockVerified the door/remote interlock was checked closed
 * @param testSpotDone a test spot was done and assessed for this client and site (needed when the profile asks)
 */
public record Checklist(boolean eyewearForEveryonePresent, boolean doorSignPosted, boolean interlockVerified,
                        boolean testSpotDone) {

    /** The items not confirmed, by name; empty when the checklist is complete (the test spot aside). */
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        if (!eyewearForEveryonePresent) {
            missing.add("eyewear for everyone present");
        }
        if (!doorSignPosted) {
            missing.add("door sign");
        }
        if (!interlockVerified) {
            missing.add("interlock verified");
        }
        return missing;
    }
}
