package dev.akis.engine.trace;

/** How a call to the shop, a carrier or an HTTP API went, in a merchant's terms. */
public enum CallOutcome {
    OK,
    NOT_FOUND,
    ERROR,
    /** Not asked again: the same read was answered earlier in this turn, and that answer was used. */
    REUSED
}
