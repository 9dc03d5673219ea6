package org.pulseguard.service;

/**
 * The JSON body of every error the API answers: {@code {"error": {"code": ..., "message": ...}}},
 * the code stable for programs, the message in plain words for people. Never a stack trace.
 * Immutable.
 *
 * @param error what went wrong
 */
public record ApiError(Detail error) {
    /**
     * @param code a stable upper-case code (UNKNOWN_UNIT, NOT_FOUND, METHOD_NOT_ALLOWED, REFUSED, ...)
     * @param message what was wrong, in plain words
     */
    public record Detail(String code, String message) {}

    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }
}
