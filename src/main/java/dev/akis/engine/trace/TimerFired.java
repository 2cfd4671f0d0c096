package dev.akis.engine.trace;

import java.time.Instant;

/** A timer of a waiting block came due and fired. */
public record TimerFired(String blockId, String timer, Instant dueAt) implements TraceEntry {
}
