package dev.akis.engine.trace;

/** How a call to the shop, a carrier or an HTTP API went, in a merchant's terms. */
public enum CallOutcome {
    OK,
    NOT_FOUND,
    ERROR
}
