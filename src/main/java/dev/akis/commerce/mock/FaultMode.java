package dev.akis.commerce.mock;

/** What a mock service does wrong on purpose, so error paths can be tried. */
public enum FaultMode {
    /** Answers normally. */
    NONE,
    /** Never answers in time (holds the request longer than clients wait). */
    TIMEOUT,
    /** HTTP 429 Too Many Requests. */
    RATE_LIMITED,
    /** HTTP 500 Internal Server Error. */
    SERVER_ERROR,
    /** İkas only: a GraphQL error with {@code extensions.code = "LOGIN_REQUIRED"} (token refused). */
    LOGIN_REQUIRED
}
