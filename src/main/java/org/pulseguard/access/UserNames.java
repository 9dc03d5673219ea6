package org.pulseguard.access;

import java.util.regex.Pattern;

/**
 * What a login name and a password must look like. Names: 3-32 of lower-case letters, digits, dot,
 * dash, underscore (they appear in the journal as operator ids: no personal names needed). Passwords:
 * at least 12 characters, not containing the name (NIST SP 800-63B: length over composition rules).
 */
public final class UserNames {
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int MIN_PASSWORD = 12;

    private UserNames() {
    }

    /** Throws {@link IllegalArgumentException} naming the rule unless {@code name} is a valid login name. */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("user name '" + name + "' must be 3-32 of a-z, 0-9, '.', '-', '_'");
        }
        return name;
    }

    /** Throws {@link IllegalArgumentException} naming the rule unless {@code password} is acceptable for {@code name}. */
    public static void checkPassword(String name, char[] password) {
        if (password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("password must be at least " + MIN_PASSWORD + " characters (it has " + password.length + ")");
        }
        if (new String(password).toLowerCase(java.util.Locale.ROOT).contains(name)) {
            throw new IllegalArgumentException("password must not contain the user name");
        }
    }
}
