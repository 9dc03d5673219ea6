package org.pulseguard.access;

/** The user store could not be read or written; the message names the file and what failed. */
public final class UserStoreException extends Exception {
    public UserStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
