package dev.akis.engine.trace;

/** One thing the engine did during a turn; see {@link Trace}. */
public sealed interface TraceEntry permits EntryChosen, BlockStep, ServiceCall, TimerFired, TraceNote {

    /** The block this entry is about, or null for conversation-level entries. */
    String blockId();
}
