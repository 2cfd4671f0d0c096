package dev.akis.flow;

/**
 * How many blocks one turn may run before the engine stops it as a runaway. Kept in the flow layer because it is
 * part of what a flow file means: the linter warns about paths longer than this, and every runtime (our engine, a
 * server written from the docs) must stop at the same point for a flow to behave the same everywhere.
 */
public final class TurnLimit {

    /** Blocks one turn may run without waiting for the customer or a timer. */
    public static final int BLOCKS_PER_TURN = 100;

    private TurnLimit() {
    }
}
