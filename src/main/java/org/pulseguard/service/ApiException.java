package org.pulseguard.service;

/**
 * A request the API answers with an error status and an {@link ApiError} body; thrown by a route,
 * turned into the response by {@link ApiServer}. Carries no stack trace (it is an answer, not a bug).
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    ApiError body() {
        return ApiError.of(code, getMessage());
    }
}
