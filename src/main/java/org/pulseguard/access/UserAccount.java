package org.pulseguard.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One user of the service. The password hash never leaves {@link UserStore} and {@link #toString()}
 * shows none. Immutable.
 *
 * @param name the login name (also the operator id journaled with the sessions the user opens)
 * @param role what the user may do ({@link AccessPolicy})
 * @param passwordHash Argon2id PHC string
 * @param mustChangePassword true for a one-time password (the first admin's), until changed
 * @param disabled true once an admin disabled the account (it is never deleted: the journal names it)
 * @param created when the account was made
 */
public record UserAccount(String name, Role role, String passwordHash, boolean mustChangePassword, boolean disabled,
                          Instant created) {
    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(created, "created");
    }

    @Override
    public String toString() {
        return "UserAccount[" + name + ", " + role + (disabled ? ", disabled" : "") + (mustChangePassword ? ", must change password" : "")
                + "]";
    }
}
