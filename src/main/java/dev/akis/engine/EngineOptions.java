package dev.akis.engine;

/**
 * Limits of the engine.
 *
 * @param stepLimit most blocks one turn may run before the engine decides the flow loops without waiting
 */
public record EngineOptions(int stepLimit) {

    public static final EngineOptions DEFAULTS = new EngineOptions(dev.akis.flow.TurnLimit.BLOCKS_PER_TURN);

    public EngineOptions {
        if (stepLimit < 1) {
            throw new IllegalArgumentException("stepLimit must be positive: " + stepLimit);
        }
    }
}
