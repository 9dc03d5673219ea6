package org.pulseguard.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.pulseguard.access.UserStore;
import org.pulseguard.access.UserStoreException;

/**
 * Issue 9 item 1: on the first start with no user account, {@code serve} makes the {@code admin}
 * account and prints its one-time password once, on the console only (never the application log);
 * it must be changed at the first login. Later starts print nothing.
 */
final class FirstAdmin {
    private FirstAdmin() {
    }

    static void announce(UserStore users, PrintStream console) throws UserStoreException {
        Optional<String> password = users.createFirstAdmin();
        password.ifPresent(p -> {
            console.println("first start: administrator account 'admin' created with the one-time password " + p);
            console.println("  (shown only now; it must be changed at the first login; the admin manages users and cannot fire the laser)");
        });
    }
}
